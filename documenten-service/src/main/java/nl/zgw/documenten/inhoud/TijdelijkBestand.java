package nl.zgw.documenten.inhoud;

import org.jboss.logging.Logger;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content being written to a temporary file, counted and hashed (SHA-256) as it passes, forced to disk when complete. */
final class TijdelijkBestand {

    private static final Logger LOG = Logger.getLogger(TijdelijkBestand.class);

    final Path pad;
    private final FileChannel kanaal;
    private final MessageDigest sha256;
    private final Teller teller;

    TijdelijkBestand(Path map) throws IOException {
        Files.createDirectories(map);
        pad = Files.createTempFile(map, "inhoud-", ".part");
        try {
            kanaal = FileChannel.open(pad, StandardOpenOption.WRITE);
        } catch (IOException e) {
            weg();
            throw e;
        }
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        teller = new Teller(new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(kanaal), 64 * 1024),
                sha256));
    }

    OutputStream uit() {
        return teller;
    }

    /** Flushed, on disk and closed; its size in bytes. */
    long sluit() throws IOException {
        teller.flush();
        kanaal.force(true);
        teller.close();
        return teller.geschreven;
    }

    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    void weg() {
        try {
            if (teller != null) {
                teller.close();
            }
        } catch (IOException ignored) {
            // removed anyway
        }
        try {
            Files.deleteIfExists(pad);
        } catch (IOException e) {
            LOG.warnf("Could not remove %s: %s", pad, e.getMessage());
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
