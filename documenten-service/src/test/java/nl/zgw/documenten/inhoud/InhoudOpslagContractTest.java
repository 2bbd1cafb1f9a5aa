package nl.zgw.documenten.inhoud;

import nl.zgw.shared.tenant.CurrentTenant;
import nl.zgw.shared.tenant.Tenant;
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
    void aTenantsContentIsUnderItsIdAndReadByItAlone() throws Exception {
        Tenant utrecht = new Tenant("utrecht", "zgw.utrecht.test");
        Tenant ede = new Tenant("ede", "zgw.ede.test");
        byte[] inhoud = bytes(1000, 3);
        InhoudOpslag.Opgeslagen opgeslagen = CurrentTenant.callChecked(utrecht, () -> bewaar(inhoud));
        assertThat(opgeslagen.sleutel()).matches("utrecht/[0-9a-f-]{36}");
        try (InputStream in = CurrentTenant.callChecked(utrecht, () -> opslag().lees(opgeslagen.sleutel(), 0))) {
            assertThat(in.readAllBytes()).isEqualTo(inhoud);
        }
        // another tenant's key, or a tenant's key where no tenant is bound, is refused, never read or removed
        assertThatThrownBy(() -> CurrentTenant.callChecked(ede, () -> opslag().lees(opgeslagen.sleutel(), 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> opslag().lees(opgeslagen.sleutel(), 0)).isInstanceOf(IllegalArgumentException.class);
        long alles = aantal();
        CurrentTenant.run(ede, () -> opslag().verwijder(opgeslagen.sleutel()));
        assertThat(aantal()).isEqualTo(alles);
        assertThatThrownBy(() -> CurrentTenant.callChecked(utrecht, () -> opslag().lees("Utrecht/" + opgeslagen.sleutel()
                .substring("utrecht/".length()), 0))).isInstanceOf(IllegalArgumentException.class);
        // content written without a tenant (before tenants were declared) is read by each as before
        InhoudOpslag.Opgeslagen zonder = bewaar(inhoud);
        assertThat(zonder.sleutel()).matches("[0-9a-f-]{36}");
        try (InputStream in = CurrentTenant.callChecked(ede, () -> opslag().lees(zonder.sleutel(), 0))) {
            assertThat(in.readAllBytes()).isEqualTo(inhoud);
        }
        long voor = aantal();
        CurrentTenant.run(utrecht, () -> opslag().verwijder(opgeslagen.sleutel()));
        assertThat(aantal()).isEqualTo(voor - 1);
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
