package nl.zgw.shared.tenant;

import nl.zgw.shared.ref.ZgwApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tenant declaration: what it accepts, what stops the start, and how a host finds its tenant. */
class TenantsTest {

    @TempDir
    Path dir;

    private Tenants declared(String json) throws IOException {
        Path file = dir.resolve("tenants.json");
        Files.writeString(file, json);
        return new Tenants(Optional.of(file));
    }

    @Test
    void withoutADeclarationOneImplicitTenantServesEveryHost() {
        Tenants tenants = new Tenants(Optional.empty());
        assertThat(tenants.declared()).isFalse();
        assertThat(tenants.all()).containsExactly(Tenant.ENIG);
        assertThat(tenants.byHost("anything.example:8080")).contains(Tenant.ENIG);
        assertThat(Tenant.ENIG.schema(ZgwApi.ZAKEN)).isEqualTo("zaken");
    }

    @Test
    void aHostFindsItsTenantWhateverItsCaseOrPort() throws IOException {
        Tenants tenants = declared("""
                {"tenants": [{"id": "utrecht", "host": "ZGW.Utrecht.nl"}, {"id": "ede", "host": "zgw.ede.nl"}]}""");
        Tenant utrecht = new Tenant("utrecht", "zgw.utrecht.nl");
        assertThat(tenants.all()).containsExactly(utrecht, new Tenant("ede", "zgw.ede.nl"));
        assertThat(tenants.byHost("zgw.utrecht.nl")).contains(utrecht);
        assertThat(tenants.byHost("ZGW.UTRECHT.NL:443")).contains(utrecht);
        assertThat(tenants.byHost("utrecht.nl")).isEmpty();
        assertThat(tenants.byHost("zgw.utrecht.nl.evil.example")).isEmpty();
        assertThat(tenants.byHost(null)).isEmpty();
        assertThat(utrecht.schema(ZgwApi.DOCUMENTEN)).isEqualTo("utrecht_documenten");
    }

    @Test
    void aDeclarationThatCannotBeServedStopsTheStart() {
        assertThatThrownBy(() -> declared("{\"tenants\": []}")).hasMessageContaining("declares no tenants");
        assertThatThrownBy(() -> declared("{\"tenants\": [{\"id\": \"Den_Haag\", \"host\": \"a.nl\"}]}"))
                .hasMessageContaining("'Den_Haag' is not 1-40 of [a-z0-9]");
        assertThatThrownBy(() -> declared("{\"tenants\": [{\"id\": \"a\", \"host\": \"a.nl:8443\"}]}"))
                .hasMessageContaining("host name (without port)");
        assertThatThrownBy(() -> declared("{\"tenants\": [{\"id\": \"a\", \"host\": \"a.nl\"}, {\"id\": \"a\", \"host\": \"b.nl\"}]}"))
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> declared("{\"tenants\": [{\"id\": \"a\", \"host\": \"a.nl\"}, {\"id\": \"b\", \"host\": \"A.nl\"}]}"))
                .hasMessageContaining("Two tenants have the host a.nl");
        assertThatThrownBy(() -> declared("not json")).hasMessageContaining("Cannot read the tenant declaration");
    }

    @Test
    void workRunsForTheTenantItWasGivenAndRestoresWhatWasBoundBefore() {
        Tenant a = new Tenant("a", "a.nl");
        Tenant b = new Tenant("b", "b.nl");
        assertThat(CurrentTenant.get()).isEmpty();
        CurrentTenant.run(a, () -> {
            assertThat(CurrentTenant.get()).contains(a);
            CurrentTenant.run(b, () -> assertThat(CurrentTenant.get()).contains(b));
            assertThat(CurrentTenant.get()).contains(a);
        });
        assertThat(CurrentTenant.get()).isEmpty();
        java.util.concurrent.Executor[] later = new java.util.concurrent.Executor[1];
        CurrentTenant.run(a, () -> later[0] = CurrentTenant.boundNow(Runnable::run));
        later[0].execute(() -> assertThat(CurrentTenant.get()).contains(a));
        assertThat(CurrentTenant.get()).isEmpty();
    }
}
