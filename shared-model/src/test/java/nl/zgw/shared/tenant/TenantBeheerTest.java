package nl.zgw.shared.tenant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenants taken into service and out of it while the service runs, as the declaration changes. */
class TenantBeheerTest {

    @TempDir
    Path dir;

    /**
     * A step that records what it was asked, bound to which tenant, and fails for the tenants in
     * {@link #faalt}; a tenant whose host is served at that moment is written in capitals.
     */
    final class Stap implements PerTenant {
        final String naam;
        final int volgorde;
        final List<String> log;
        final Set<String> faalt = new HashSet<>();

        Stap(String naam, int volgorde, List<String> log) {
            this.naam = naam;
            this.volgorde = volgorde;
            this.log = log;
        }

        private String id(Tenant tenant) {
            boolean bediend = tenants != null && !tenant.impliciet() && tenants.byHost(tenant.host()).isPresent();
            return bediend ? tenant.id().toUpperCase(java.util.Locale.ROOT) : tenant.id();
        }

        @Override
        public void opnemen(Tenant tenant) {
            assertThat(CurrentTenant.get()).contains(tenant);
            if (faalt.contains(tenant.id())) {
                throw new IllegalStateException(naam + " fails for " + tenant.id());
            }
            log.add(naam + "+" + id(tenant));
        }

        @Override
        public void afvoeren(Tenant tenant) {
            assertThat(CurrentTenant.get()).contains(tenant);
            log.add(naam + "-" + id(tenant));
        }

        @Override
        public int volgorde() {
            return volgorde;
        }
    }

    /** The registry under test, once made: the steps look at it. */
    private Tenants tenants;
    private final List<String> log = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong klok = new java.util.concurrent.atomic.AtomicLong(1_000_000);
    private final Stap werk = new Stap("werk", PerTenant.WERK, log);
    private final Stap schema = new Stap("schema", PerTenant.SCHEMA, log);

    private Path declare(String json) throws IOException {
        Path file = dir.resolve("tenants.json");
        Files.writeString(file, json);
        return file;
    }

    /** Tenants as {@code json} declares them, started with {@code stappen}; the log empty. */
    private TenantBeheer gestart(String json, PerTenant... stappen) throws Exception {
        tenants = new Tenants(Optional.of(declare(json)));
        TenantBeheer beheer = new TenantBeheer(tenants, List.of(stappen), Duration.ofSeconds(10), klok::get);
        beheer.start(null);
        beheer.stop(null); // its own checks: the test calls bijwerken
        log.clear();
        return beheer;
    }

    private List<String> hosts(Tenants tenants) {
        return tenants.all().stream().map(Tenant::host).toList();
    }

    @Test
    void aTenantAddedIsReadiedStepByStepBeforeItsHostIsServed() throws Exception {
        Path file = declare("""
                {"tenants": [{"id": "a", "host": "a.nl"}]}""");
        tenants = new Tenants(Optional.of(file));
        TenantBeheer beheer = new TenantBeheer(tenants, List.of(werk, schema), Duration.ZERO);
        beheer.start(null);
        beheer.stop(null); // its own checks: the test calls bijwerken
        assertThat(log).containsExactly("schema+a", "werk+a");
        assertThat(beheer.bijwerken()).isZero();

        declare("""
                {"tenants": [{"id": "a", "host": "a.nl"}, {"id": "b", "host": "b.nl"}]}""");
        log.clear();
        assertThat(beheer.bijwerken()).isEqualTo(1);
        assertThat(log).containsExactly("schema+b", "werk+b");
        assertThat(tenants.byHost("b.nl:443")).contains(new Tenant("b", "b.nl"));
        assertThat(hosts(tenants)).containsExactly("a.nl", "b.nl");
    }

    @Test
    void aTenantRemovedIsNoLongerServedThenLetGoLastStepFirst() throws Exception {
        TenantBeheer beheer = gestart("""
                {"tenants": [{"id": "a", "host": "a.nl"}, {"id": "b", "host": "b.nl"}]}""", schema, werk);

        declare("""
                {"tenants": [{"id": "b", "host": "b.nl"}]}""");
        assertThat(beheer.bijwerken()).isEqualTo(1);
        assertThat(tenants.byHost("a.nl")).isEmpty();
        assertThat(hosts(tenants)).containsExactly("b.nl");
        assertThat(log).containsExactly("werk-a", "schema-a");
    }

    @Test
    void aTenantWhoseReadyingFailsIsNotServedItsDoneStepsUndoneAndItIsTriedAgain() throws Exception {
        TenantBeheer beheer = gestart("""
                {"tenants": [{"id": "a", "host": "a.nl"}]}""", schema, werk);

        werk.faalt.add("b");
        declare("""
                {"tenants": [{"id": "a", "host": "a.nl"}, {"id": "b", "host": "b.nl"}]}""");
        assertThat(beheer.bijwerken()).isZero();
        assertThat(tenants.byHost("b.nl")).isEmpty();
        assertThat(log).containsExactly("schema+b", "schema-b");
        assertThat(beheer.nietBediend()).isEqualTo(1);

        // not tried again before one interval has passed, then twice that
        werk.faalt.add("b");
        log.clear();
        assertThat(beheer.bijwerken()).isZero();
        assertThat(log).isEmpty();
        klok.addAndGet(10_000);
        assertThat(beheer.bijwerken()).isZero();
        assertThat(log).containsExactly("schema+b", "schema-b");
        klok.addAndGet(10_000);
        assertThat(beheer.bijwerken()).isZero();
        assertThat(log).hasSize(2);

        werk.faalt.clear();
        log.clear();
        klok.addAndGet(10_000);
        assertThat(beheer.bijwerken()).isEqualTo(1);
        assertThat(log).containsExactly("schema+b", "werk+b");
        assertThat(tenants.byHost("b.nl")).isPresent();
    }

    @Test
    void aDeclarationThatIsNotValidChangesNothing() throws Exception {
        TenantBeheer beheer = gestart("""
                {"tenants": [{"id": "a", "host": "a.nl"}]}""", schema);

        for (String kapot : List.of("{\"tenants\": [", "{\"tenants\": []}",
                "{\"tenants\": [{\"id\": \"b\", \"host\": \"a.nl\"}, {\"id\": \"c\", \"host\": \"a.nl\"}]}",
                "{\"tenants\": [{\"id\": \"B-1\", \"host\": \"b.nl\"}]}")) {
            declare(kapot);
            assertThat(beheer.bijwerken()).as(kapot).isZero();
        }
        Files.delete(dir.resolve("tenants.json"));
        assertThat(beheer.bijwerken()).isZero();
        assertThat(hosts(tenants)).containsExactly("a.nl");
        assertThat(log).isEmpty();
    }

    @Test
    void aHostMovedToAnotherTenantAndAChangedTenantAreTakenOutBeforeTheyAreTakenIn() throws Exception {
        TenantBeheer beheer = gestart("""
                {"tenants": [{"id": "a", "host": "a.nl"}, {"id": "b", "host": "b.nl"}]}""", schema);

        declare("""
                {"tenants": [{"id": "a", "host": "nieuw.a.nl"}, {"id": "c", "host": "b.nl"}]}""");
        assertThat(beheer.bijwerken()).isEqualTo(4);
        assertThat(log).containsExactly("schema-a", "schema-b", "schema+a", "schema+c");
        assertThat(tenants.byHost("b.nl")).contains(new Tenant("c", "b.nl"));
        assertThat(tenants.byHost("a.nl")).isEmpty();
        assertThat(hosts(tenants)).containsExactly("nieuw.a.nl", "b.nl");
    }

    @Test
    void aTenantWhoseSetupFileChangedIsReadiedAgainWhileItStaysServed() throws Exception {
        TenantBeheer beheer = gestart("""
                {"tenants": [{"id": "a", "host": "a.nl", "setupFile": "/een.json"}]}""", schema, werk);

        declare("""
                {"tenants": [{"id": "a", "host": "a.nl", "setupFile": "/twee.json"}]}""");
        assertThat(beheer.bijwerken()).isEqualTo(1);
        assertThat(log).containsExactly("schema+A", "werk+A");
        assertThat(tenants.byHost("a.nl")).contains(new Tenant("a", "a.nl", "/twee.json"));

        // readying it again fails: it stays served as it was, nothing is undone, and it is tried again
        declare("""
                {"tenants": [{"id": "a", "host": "a.nl", "setupFile": "/drie.json"}]}""");
        werk.faalt.add("a");
        log.clear();
        assertThat(beheer.bijwerken()).isZero();
        assertThat(log).containsExactly("schema+A");
        assertThat(tenants.byHost("a.nl")).contains(new Tenant("a", "a.nl", "/twee.json"));
        assertThat(beheer.nietBediend()).isZero(); // it is served
    }

    @Test
    void aTenantThatCannotBeReadiedAtStartIsNotServedButTheOthersAreAndItIsTriedAgain() throws Exception {
        Path file = declare("""
                {"tenants": [{"id": "a", "host": "a.nl"}, {"id": "b", "host": "b.nl"}]}""");
        tenants = new Tenants(Optional.of(file));
        TenantBeheer beheer = new TenantBeheer(tenants, List.of(schema, werk), Duration.ofSeconds(10), klok::get);
        werk.faalt.add("a");
        beheer.start(null);
        beheer.stop(null); // its own checks: the test calls bijwerken
        assertThat(log).containsExactly("schema+a", "schema-a", "schema+b", "werk+b");
        assertThat(hosts(tenants)).containsExactly("b.nl");
        assertThat(beheer.nietBediend()).isEqualTo(1);

        werk.faalt.clear();
        log.clear();
        klok.addAndGet(10_000);
        assertThat(beheer.bijwerken()).isEqualTo(1);
        assertThat(log).containsExactly("schema+a", "werk+a");
        assertThat(hosts(tenants)).containsExactly("a.nl", "b.nl");
        assertThat(beheer.nietBediend()).isZero();
    }

    @Test
    void withEveryTenantFailingAtStartThePodIsNotReadyUntilOneIsServed() throws Exception {
        Path file = declare("""
                {"tenants": [{"id": "a", "host": "a.nl"}, {"id": "b", "host": "b.nl"}]}""");
        tenants = new Tenants(Optional.of(file));
        TenantBeheer beheer = new TenantBeheer(tenants, List.of(schema), Duration.ofSeconds(10), klok::get);
        schema.faalt.addAll(List.of("a", "b"));
        beheer.start(null);
        beheer.stop(null);
        assertThat(TenantGereedheid.gereed(tenants)).isFalse();
        assertThat(beheer.nietBediend()).isEqualTo(2);

        schema.faalt.remove("b");
        klok.addAndGet(10_000);
        assertThat(beheer.bijwerken()).isEqualTo(1);
        assertThat(TenantGereedheid.gereed(tenants)).isTrue();
        assertThat(TenantGereedheid.gereed(new Tenants(Optional.empty()))).isTrue();
    }

    @Test
    void withoutADeclarationAFailureStopsTheStart() {
        tenants = new Tenants(Optional.empty());
        schema.faalt.add("");
        TenantBeheer beheer = new TenantBeheer(tenants, List.of(schema), Duration.ZERO);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> beheer.start(null))
                .hasMessageContaining("schema fails for");
    }

    @Test
    void withoutADeclarationTheImplicitTenantIsReadiedOnceAndNothingIsChecked() throws Exception {
        tenants = new Tenants(Optional.empty());
        TenantBeheer beheer = new TenantBeheer(tenants, List.of(schema), Duration.ZERO);
        beheer.start(null);
        beheer.stop(null); // its own checks: the test calls bijwerken
        assertThat(log).containsExactly("schema+");
    }
}
