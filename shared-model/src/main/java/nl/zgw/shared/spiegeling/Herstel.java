package nl.zgw.shared.spiegeling;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.notificatie.BackgroundLoop;
import nl.zgw.shared.tenant.CurrentTenant;
import nl.zgw.shared.tenant.RustendeTenants;
import nl.zgw.shared.tenant.Tenants;
import nl.zgw.shared.wijziging.Wijziging;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The repair of mirrored relations (ADR 0016), in a service that leads some ({@link Spiegel}
 * beans): every {@code zgw.spiegeling.interval} (and at once after a main object was deleted) it
 * takes the due tasks of {@link SpiegelTaken}, leased so that replicas share the work, and
 * finishes each with {@link Spiegelaar#herstel}, for each tenant in turn (ADR 0022). Off with
 * {@code zgw.spiegeling.herstel=false}.
 */
@ApplicationScoped
public class Herstel {

    private static final Logger LOG = Logger.getLogger(Herstel.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final SpiegelStappen stappen;
    private final Spiegelaar spiegelaar;
    private final Instance<Spiegel> spiegels;
    private final ZgwConfig config;
    /** Idle tenants are looked at less often. */
    private final RustendeTenants rust;
    private final BackgroundLoop background = new BackgroundLoop();
    private final Semaphore wake = new Semaphore(0);

    public Herstel(SpiegelStappen stappen, Spiegelaar spiegelaar, Instance<Spiegel> spiegels, ZgwConfig config,
                   Tenants tenants) {
        this.rust = new RustendeTenants(tenants, config.spiegeling().interval());
        this.stappen = stappen;
        this.spiegelaar = spiegelaar;
        this.spiegels = spiegels;
        this.config = config;
    }

    /** A main object was deleted: the mirrors of its relations are due now (after the commit, so the tasks are there). */
    void verwijderd(@Observes(during = TransactionPhase.AFTER_SUCCESS) Wijziging wijziging) {
        if (wijziging.verwijdertHoofdObject()) {
            rust.wek();
            wake.release();
        }
    }

    void start(@Observes StartupEvent event) {
        if (config.spiegeling().herstel() && !spiegels.isUnsatisfied()) {
            background.start("spiegeling-herstel", this::loop);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        background.stop();
    }

    /** One round: the due tasks (at most 50), each finished or put off; the number taken. */
    public int ronde() {
        List<SpiegelTaken.Taak> taken = stappen.neem(50, LEASE);
        for (SpiegelTaken.Taak taak : taken) {
            try {
                spiegelaar.herstel(taak);
            } catch (RuntimeException e) {
                LOG.warnf(e, "%s %s (%s) not repaired; the lease ends in %s", taak.soort(), taak.uuid(), taak.actie(), LEASE);
            }
        }
        return taken.size();
    }

    private void loop() {
        while (background.running()) {
            if (!rust.ronde(background::running, false, tenant -> rondeOfNiets())) {
                try {
                    wake.tryAcquire(config.spiegeling().interval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** {@link #ronde} for the current tenant; a failure (its database, say) is logged and counts as no work. */
    private int rondeOfNiets() {
        try {
            return ronde();
        } catch (RuntimeException e) {
            LOG.warnf("Mirror repair%s: %s", CurrentTenant.inLog(), e.getMessage());
            return 0;
        }
    }
}
