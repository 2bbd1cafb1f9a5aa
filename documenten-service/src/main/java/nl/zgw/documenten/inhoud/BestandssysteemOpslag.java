package nl.zgw.documenten.inhoud;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.documenten.config.DocumentenConfig;
import org.jboss.logging.Logger;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
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
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Content as files in one folder (a mounted volume on Kubernetes, shared by the replicas): written
 * to a temporary file beside its place and moved there when complete, so a reader never sees half
 * a file; two levels of folders by the key's first characters keep folders small.
 */
@ApplicationScoped
@DefaultBean
public class BestandssysteemOpslag implements InhoudOpslag {

    private static final Logger LOG = Logger.getLogger(BestandssysteemOpslag.class);

    private final Path map;

    public BestandssysteemOpslag(DocumentenConfig config) {
        this.map = Path.of(config.opslag().map()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(map.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the content folder " + map, e);
        }
    }

    @Override
    public Schrijver nieuw() throws IOException {
        Path tijdelijk = Files.createTempFile(map.resolve("tmp"), "inhoud-", ".part");
        MessageDigest sha256 = sha256();
        FileChannel kanaal;
        try {
            kanaal = FileChannel.open(tijdelijk, StandardOpenOption.WRITE);
        } catch (IOException e) {
            verwijderPad(tijdelijk);
            throw e;
        }
        Teller teller = new Teller(new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(kanaal),
                64 * 1024), sha256));
        return new Schrijver() {
            private boolean opgeslagen;

            @Override
            public OutputStream uit() {
                return teller;
            }

            @Override
            public Opgeslagen klaar() throws IOException {
                teller.flush();
                kanaal.force(true); // on disk before a transaction can commit a row naming it
                teller.close();
                String sleutel = UUID.randomUUID().toString();
                Path doel = pad(sleutel);
                Files.createDirectories(doel.getParent());
                Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE);
                opgeslagen = true;
                return new Opgeslagen(sleutel, teller.geschreven, HexFormat.of().formatHex(sha256.digest()));
            }

            @Override
            public void close() {
                if (!opgeslagen) {
                    try {
                        teller.close();
                    } catch (IOException ignored) {
                        // discarded anyway
                    }
                    verwijderPad(tijdelijk);
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
        verwijderPad(pad(sleutel));
    }

    private static void verwijderPad(Path pad) {
        try {
            Files.deleteIfExists(pad);
        } catch (IOException e) {
            LOG.warnf("Could not remove %s: %s", pad, e.getMessage());
        }
    }

    private Path pad(String sleutel) {
        if (!UUID.fromString(sleutel).toString().equals(sleutel)) { // a key is always one of ours, never a path
            throw new IllegalArgumentException("not a content key: " + sleutel);
        }
        return map.resolve(sleutel.substring(0, 2)).resolve(sleutel.substring(2, 4)).resolve(sleutel);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what passes through. */
    private static final class Teller extends FilterOutputStream {
        long geschreven;

        Teller(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            geschreven++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            geschreven += len;
        }
    }
}
