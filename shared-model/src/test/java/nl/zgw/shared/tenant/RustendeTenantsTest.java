package nl.zgw.shared.tenant;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Idle tenants are looked at less often, work and wake-ups bring them back, and without tenants nothing rests. */
class RustendeTenantsTest {

    private final AtomicLong klok = new AtomicLong(1_000);
    private final Tenant a = new Tenant("a", "a.nl");

    @Test
    void anIdleTenantRestsUpToEightIntervalsAndWorkBringsItBack() {
        RustendeTenants rust = new RustendeTenants(true, () -> java.util.List.of(a), Duration.ofMillis(500), klok::get);
        long[] rusten = new long[5];
        for (int i = 0; i < rusten.length; i++) {
            assertThat(rust.aanDeBeurt(a)).isTrue();
            rust.gedaan(a, false);
            long begin = klok.get();
            while (!rust.aanDeBeurt(a)) {
                klok.addAndGet(100);
            }
            rusten[i] = klok.get() - begin;
        }
        assertThat(rusten).containsExactly(500, 1000, 2000, 4000, 4000);
        rust.gedaan(a, true);
        assertThat(rust.aanDeBeurt(a)).isTrue();
        rust.gedaan(a, false);
        klok.addAndGet(500);
        assertThat(rust.aanDeBeurt(a)).isTrue(); // back to one interval
    }

    @Test
    void aWakeUpDuringARoundIsNotLost() {
        RustendeTenants rust = new RustendeTenants(true, () -> java.util.List.of(a), Duration.ofMillis(500), klok::get);
        assertThat(rust.aanDeBeurt(a)).isTrue();
        CurrentTenant.run(a, rust::wek); // committed while the round that finds nothing is under way
        rust.gedaan(a, false);
        assertThat(rust.aanDeBeurt(a)).isTrue();
        rust.gedaan(a, false);
        assertThat(rust.aanDeBeurt(a)).isFalse();
        CurrentTenant.run(a, rust::wek);
        assertThat(rust.aanDeBeurt(a)).isTrue();
    }

    @Test
    void eachPassGoesThroughTheTenantsServedThenAndForgetsThoseRemoved() {
        Tenant b = new Tenant("b", "b.nl");
        java.util.concurrent.atomic.AtomicReference<java.util.List<Tenant>> bediend =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.List.of(a));
        RustendeTenants rust = new RustendeTenants(true, bediend::get, Duration.ofMillis(500), klok::get);
        java.util.List<String> gezien = new java.util.ArrayList<>();
        rust.ronde(() -> true, true, t -> {
            gezien.add(CurrentTenant.get().orElseThrow().id());
            return 0;
        });
        bediend.set(java.util.List.of(a, b)); // b added
        rust.ronde(() -> true, true, t -> {
            gezien.add(CurrentTenant.get().orElseThrow().id());
            return 0;
        });
        bediend.set(java.util.List.of(b)); // a removed: its rest is forgotten, declared again it starts afresh
        rust.ronde(() -> true, true, t -> {
            gezien.add(t.id());
            return 0;
        });
        assertThat(gezien).containsExactly("a", "a", "b", "b");
        bediend.set(java.util.List.of(a, b));
        assertThat(rust.aanDeBeurt(a)).isTrue();
    }

    @Test
    void withoutTenantsEveryRoundIsDue() {
        RustendeTenants rust = new RustendeTenants(false, () -> java.util.List.of(Tenant.ENIG), Duration.ofMillis(500), klok::get);
        rust.gedaan(Tenant.ENIG, false);
        assertThat(rust.aanDeBeurt(Tenant.ENIG)).isTrue();
    }
}
