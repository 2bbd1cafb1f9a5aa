package nl.zgw.documenten.inhoud;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Content as files in one folder (a mounted volume on Kubernetes, shared by the replicas): written
 * to a temporary file beside its place, forced to disk and moved there when complete, so a reader
 * never sees half a file; two levels of folders by the key's first characters keep folders small.
 */
public class BestandssysteemOpslag implements InhoudOpslag {

    private static final Logger LOG = Logger.getLogger(BestandssysteemOpslag.class);

    private final Path map;

    public BestandssysteemOpslag(Path map) {
        this.map = map.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.map.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the content folder " + this.map, e);
        }
    }

    @Override
    public Schrijver nieuw() throws IOException {
        TijdelijkBestand bestand = new TijdelijkBestand(map.resolve("tmp"));
        return new Schrijver() {
            private boolean opgeslagen;

            @Override
            public OutputStream uit() {
                return bestand.uit();
            }

            @Override
            public Opgeslagen klaar() throws IOException {
                long grootte = bestand.sluit();
                String sleutel = InhoudSleutel.nieuw().toString();
                Path doel = pad(sleutel);
                Files.createDirectories(doel.getParent());
                Files.move(bestand.pad, doel, StandardCopyOption.ATOMIC_MOVE);
                forceer(doel.getParent()); // the move itself on disk before a row names the key
                opgeslagen = true;
                return new Opgeslagen(sleutel, grootte, bestand.sha256());
            }

            @Override
            public void close() {
                if (!opgeslagen) {
                    bestand.weg();
                }
            }
        };
    }

    @Override
    public InputStream lees(String sleutel, long vanaf) throws IOException {
        SeekableByteChannel kanaal = Files.newByteChannel(pad(sleutel), StandardOpenOption.READ);
        try {
            kanaal.position(vanaf);
        } catch (IOException e) {
            kanaal.close();
            throw e;
        }
        return Channels.newInputStream(kanaal);
    }

    @Override
    public void verwijder(String sleutel) {
        try {
            Files.deleteIfExists(pad(sleutel));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("Could not remove %s: %s", sleutel, e.getMessage());
        }
    }

    private static void forceer(Path map) {
        try (FileChannel kanaal = FileChannel.open(map, StandardOpenOption.READ)) {
            kanaal.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some filesystems cannot sync a folder; the file itself is on disk
        }
    }

    /**
     * {@code <map>/<aa>/<bb>/<uuid>}; a tenant's content under {@code <map>/tenants/<tenant>/}, apart
     * from the key folders and {@code tmp} whatever its id.
     */
    private Path pad(String sleutel) {
        InhoudSleutel s = InhoudSleutel.van(sleutel); // a key is always one of ours, never a path
        String uuid = s.uuid().toString();
        Path basis = s.tenant() == null ? map : map.resolve("tenants").resolve(s.tenant());
        return basis.resolve(uuid.substring(0, 2)).resolve(uuid.substring(2, 4)).resolve(uuid);
    }
}
