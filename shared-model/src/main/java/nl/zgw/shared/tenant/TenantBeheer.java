package nl.zgw.shared.tenant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.notificatie.BackgroundLoop;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes tenants into service and out of it (ADR 0022). At start every declared tenant (or the one
 * implicit tenant) goes through each {@link PerTenant} step, in their order. While the service
 * runs it reads the declaration again every {@code zgw.tenants.check-interval}: a tenant added is
 * readied first and served after (its first request finds its schema migrated); a tenant removed
 * is no longer served (its host answers 404) and then taken out of each step, its schemas and data
 * left in place; a tenant whose host changed is taken out and in again, one whose setup file
 * changed is readied again while it stays served. A declaration that is not valid changes nothing
 * (logged). A tenant whose readying fails is not served, is tried again at later checks (from one
 * interval apart up to five minutes) and is counted in {@code zgw_tenants_unserved}: at start too,
 * so that one organisation's broken setup file does not keep the others from being served (without
 * declared tenants a failure still stops the start; with none served the pod is not ready:
 * {@link TenantGereedheid}). A changed tenant that cannot be readied again stays served as it was.
 * Each replica does this on its own.
 */
@ApplicationScoped
public class TenantBeheer {

    private static final Logger LOG = Logger.getLogger(TenantBeheer.class);

    private final Tenants tenants;
    private final List<PerTenant> stappen;
    private final Duration interval;
    private final java.util.function.LongSupplier klok;
    private final BackgroundLoop background = new BackgroundLoop();
    private String laatsteFout;
    /** Declared tenants not served because readying them failed, with the last reason (logged in full once). */
    private final Map<String, String> nietBediend = new ConcurrentHashMap<>();
    /** A declaration whose readying failed: not tried again before then (from one interval up to five minutes). */
    private record Uitstel(long nietVoor, long stap) {
    }
    private final Map<Tenant, Uitstel> uitstel = new ConcurrentHashMap<>();
    private static final long MAX_UITSTEL = 300_000;

    @jakarta.inject.Inject
    public TenantBeheer(Tenants tenants, Instance<PerTenant> stappen, ZgwConfig config, Instance<MeterRegistry> registry) {
        this(tenants, stappen.stream().toList(), config.tenants().checkInterval());
        if (tenants.declared() && registry.isResolvable()) {
            Gauge.builder("zgw.tenants.unserved", nietBediend, Map::size)
                    .description("Declared tenants not served because readying them failed (see the log)")
                    .register(registry.get());
        }
    }

    TenantBeheer(Tenants tenants, List<PerTenant> stappen, Duration interval) {
        this(tenants, stappen, interval, System::currentTimeMillis);
    }

    TenantBeheer(Tenants tenants, List<PerTenant> stappen, Duration interval, java.util.function.LongSupplier klok) {
        this.klok = klok;
        this.tenants = tenants;
        this.stappen = stappen.stream().sorted(Comparator.comparingInt(PerTenant::volgorde)).toList();
        this.interval = interval;
    }

    void start(@Observes @Priority(10) StartupEvent event) throws Exception {
        if (!tenants.declared()) {
            for (PerTenant stap : stappen) {
                stap(Tenant.ENIG, stap);
            }
            return;
        }
        List<Tenant> gedeclareerd = tenants.all();
        tenants.serve(List.of()); // none until readied
        List<Tenant> bediend = new ArrayList<>();
        for (Tenant tenant : gedeclareerd) {
            if (opnemen(tenant, false)) {
                bediend.add(tenant);
            }
        }
        tenants.serve(bediend);
        if (!interval.isZero() && !interval.isNegative()) {
            background.start("tenant-beheer", this::loop);
        }
    }

    /** First of the shutdown observers: no tenant is taken in while the steps stop. */
    void stop(@Observes @Priority(1) ShutdownEvent event) throws InterruptedException {
        background.stop();
    }

    private void loop() {
        while (background.running()) {
            try {
                Thread.sleep(interval.toMillis());
                bijwerken();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Tenants: checking the declaration failed");
            }
        }
    }

    /** How many declared tenants are not served because readying them failed. */
    int nietBediend() {
        return nietBediend.size();
    }

    /**
     * Brings the tenants served in line with the declaration as it reads now: those removed (or
     * moved to another host) out of service, those added into it, those with another setup file
     * readied again. Returns how many changed.
     */
    synchronized int bijwerken() {
        List<Tenant> gewenst;
        try {
            gewenst = tenants.declaredNow();
            laatsteFout = null;
        } catch (IllegalStateException e) {
            if (!Objects.equals(e.getMessage(), laatsteFout)) {
                LOG.errorf("Tenants: the declaration is not valid, the tenants served stay as they are: %s", e.getMessage());
                laatsteFout = e.getMessage();
            }
            return 0;
        }
        nietBediend.keySet().retainAll(gewenst.stream().map(Tenant::id).toList());
        uitstel.keySet().retainAll(gewenst);
        List<Tenant> bediend = new ArrayList<>(tenants.all());
        int wijzigingen = 0;
        for (Tenant oud : List.copyOf(bediend)) {
            Optional<Tenant> nu = gewenst.stream().filter(t -> t.id().equals(oud.id())).findFirst();
            if (nu.isPresent() && (nu.get().equals(oud) || nu.get().host().equals(oud.host()))) {
                continue; // the same, or only its setup file changed (below)
            }
            bediend.remove(oud);
            tenants.serve(bediend);
            afvoeren(oud, stappen.size());
            LOG.infof("Tenant %s (%s) is no longer served; its schemas and data stay", oud.id(), oud.host());
            wijzigingen++;
        }
        for (Tenant nieuw : gewenst) {
            if (bediend.contains(nieuw)) {
                continue;
            }
            Uitstel wacht = uitstel.get(nieuw);
            if (wacht != null && klok.getAsLong() < wacht.nietVoor()) {
                continue;
            }
            Optional<Tenant> oud = bediend.stream().filter(t -> t.id().equals(nieuw.id())).findFirst();
            if (opnemen(nieuw, oud.isPresent())) {
                oud.ifPresent(bediend::remove); // served all along: its steps are keyed by id and host, as before
                bediend.add(nieuw);
                tenants.serve(inVolgorde(bediend, gewenst));
                LOG.infof(oud.isPresent() ? "Tenant %s on %s is readied again (its setup file changed)"
                        : "Tenant %s is served on %s", nieuw.id(), nieuw.host());
                wijzigingen++;
            }
        }
        return wijzigingen;
    }

    /**
     * Every step for {@code tenant}, in order; on a failure false, and the steps done are undone
     * unless the tenant stays served in its earlier form ({@code blijftBediend}).
     */
    private boolean opnemen(Tenant tenant, boolean blijftBediend) {
        for (int i = 0; i < stappen.size(); i++) {
            PerTenant stap = stappen.get(i);
            try {
                stap(tenant, stap);
            } catch (Exception e) {
                String reden = stap.getClass().getSimpleName() + ": " + e;
                Uitstel vorig = uitstel.get(tenant);
                long stap2 = vorig == null ? Math.max(1, interval.toMillis()) : Math.min(vorig.stap() * 2, MAX_UITSTEL);
                uitstel.put(tenant, new Uitstel(klok.getAsLong() + stap2, stap2));
                if (blijftBediend) {
                    LOG.errorf(e, "Tenant %s stays served as it was: its changed declaration cannot be readied (%s); "
                            + "trying again in %d s", tenant.id(), stap.getClass().getSimpleName(), stap2 / 1000);
                } else if (!reden.equals(nietBediend.put(tenant.id(), reden))) {
                    LOG.errorf(e, "Tenant %s cannot be served (%s); trying again in %d s", tenant.id(),
                            stap.getClass().getSimpleName(), stap2 / 1000);
                } else {
                    LOG.warnf("Tenant %s still cannot be served: %s; trying again in %d s", tenant.id(), reden, stap2 / 1000);
                }
                if (!blijftBediend) {
                    afvoeren(tenant, i);
                }
                return false;
            }
        }
        nietBediend.remove(tenant.id());
        uitstel.remove(tenant);
        return true;
    }

    /** {@code stap} readies {@code tenant}, bound to it. */
    private static void stap(Tenant tenant, PerTenant stap) throws Exception {
        CurrentTenant.callChecked(tenant, () -> {
            stap.opnemen(tenant);
            return null;
        });
    }

    /** The first {@code gedaan} steps of {@code tenant} undone, last first; one failing does not stop the others. */
    private void afvoeren(Tenant tenant, int gedaan) {
        for (int i = gedaan - 1; i >= 0; i--) {
            PerTenant stap = stappen.get(i);
            try {
                CurrentTenant.run(tenant, () -> stap.afvoeren(tenant));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Tenant %s: %s could not let go of it", tenant.id(), stap.getClass().getSimpleName());
            }
        }
    }

    private static List<Tenant> inVolgorde(List<Tenant> bediend, List<Tenant> gewenst) {
        List<Tenant> geordend = new ArrayList<>(gewenst.stream().filter(bediend::contains).toList());
        bediend.stream().filter(t -> !geordend.contains(t)).forEach(geordend::add);
        return geordend;
    }
}
