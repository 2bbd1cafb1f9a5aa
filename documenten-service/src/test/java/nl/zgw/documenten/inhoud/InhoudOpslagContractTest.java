package nl.zgw.documenten.inhoud;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every storage of document content does, tested on each implementation against the real thing. */
abstract class InhoudOpslagContractTest {

    /** The storage under test, with parts (where it has them) of {@link #DEEL} bytes. */
    protected abstract InhoudOpslag opslag();

    /** How many pieces of content the storage holds now (files or objects). */
    protected abstract long aantal() throws Exception;

    static final int DEEL = 5 * 1024 * 1024;

    private static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private InhoudOpslag.Opgeslagen bewaar(byte[] inhoud) throws Exception {
        try (InhoudOpslag.Schrijver schrijver = opslag().nieuw()) {
            schrijver.uit().write(inhoud);
            return schrijver.klaar();
        }
    }

    @Test
    void whatIsStoredIsReadBackFromAnyOffsetWithItsSizeAndSha256() throws Exception {
        byte[] inhoud = bytes(12 * 1024 * 1024 + 7, 1); // more than two parts
        InhoudOpslag.Opgeslagen opgeslagen = bewaar(inhoud);
        assertThat(opgeslagen.grootte()).isEqualTo(inhoud.length);
        assertThat(opgeslagen.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud)));
        try (InputStream in = opslag().lees(opgeslagen.sleutel(), 0)) {
            assertThat(in.readAllBytes()).isEqualTo(inhoud);
        }
        try (InputStream in = opslag().lees(opgeslagen.sleutel(), DEEL + 3)) {
            byte[] rest = in.readAllBytes();
            assertThat(rest).hasSize(inhoud.length - DEEL - 3);
            assertThat(rest[0]).isEqualTo(inhoud[DEEL + 3]);
        }
    }

    @Test
    void emptyContentIsContentToo() throws Exception {
        InhoudOpslag.Opgeslagen leeg = bewaar(new byte[0]);
        assertThat(leeg.grootte()).isZero();
        try (InputStream in = opslag().lees(leeg.sleutel(), 0)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void removedContentIsGoneAndRemovingTwiceIsNoError() throws Exception {
        InhoudOpslag.Opgeslagen opgeslagen = bewaar(bytes(100, 2));
        opslag().verwijder(opgeslagen.sleutel());
        opslag().verwijder(opgeslagen.sleutel());
        assertThatThrownBy(() -> opslag().lees(opgeslagen.sleutel(), 0).close()).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void contentClosedBeforeItIsCompleteIsNotStored() throws Exception {
        long voor = aantal();
        try (InhoudOpslag.Schrijver schrijver = opslag().nieuw()) {
            schrijver.uit().write(bytes(1000, 3));
        }
        assertThat(aantal()).isEqualTo(voor);
        bewaar(bytes(10, 4));
        assertThat(aantal()).isEqualTo(voor + 1);
    }
}
