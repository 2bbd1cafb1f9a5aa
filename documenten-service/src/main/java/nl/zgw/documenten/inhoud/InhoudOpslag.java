package nl.zgw.documenten.inhoud;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the content of documents lives: written once under a new key as it streams in, read from
 * any offset, removed when its version or document goes. Never held whole in memory. The
 * transaction that names a key decides whether it stays ({@link InhoudTransactie}).
 */
public interface InhoudOpslag {

    /** A new piece of content being written; {@link Schrijver#klaar()} stores it, closing without it discards it. */
    Schrijver nieuw() throws IOException;

    /** The content under {@code sleutel}, from byte {@code vanaf} on. */
    InputStream lees(String sleutel, long vanaf) throws IOException;

    /** Removes the content under {@code sleutel}; nothing when it is gone already. */
    void verwijder(String sleutel);

    /** Content being written: counted and hashed (SHA-256) as it passes. */
    interface Schrijver extends AutoCloseable {

        OutputStream uit();

        /** Stores what was written under a new key. */
        Opgeslagen klaar() throws IOException;

        /** Discards what was written unless it was stored. */
        @Override
        void close();
    }

    /** Stored content: its key, size in bytes and SHA-256 (hex). */
    record Opgeslagen(String sleutel, long grootte, String sha256) {
    }
}
