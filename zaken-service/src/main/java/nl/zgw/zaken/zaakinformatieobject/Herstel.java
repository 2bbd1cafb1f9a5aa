package nl.zgw.zaken.zaakinformatieobject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import nl.zgw.shared.wijziging.Wijziging;
import nl.zgw.shared.notificatie.BackgroundLoop;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The repair of the mirror (ADR 0016): every {@code zaken.spiegeling.interval} (and at once
 * when a zaak with documents is deleted) it takes the due tasks of {@link Spiegelingen}, leased so
 * that replicas share the work, and finishes each with {@link Spiegelaar#herstel}. Off with
 * {@code zaken.spiegeling.herstel=false}.
 */
@ApplicationScoped
public class Herstel {

    private static final Logger LOG = Logger.getLogger(Herstel.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final SpiegelingStappen stappen;
    private final Spiegelaar spiegelaar;
    private final Duration interval;
    private final boolean aan;
    private final BackgroundLoop background = new BackgroundLoop();
    private final Semaphore wake = new Semaphore(0);

    public Herstel(SpiegelingStappen stappen, Spiegelaar spiegelaar,
                   @ConfigProperty(name = "zaken.spiegeling.interval", defaultValue = "5S") Duration interval,
                   @ConfigProperty(name = "zaken.spiegeling.herstel", defaultValue = "true") boolean aan) {
        this.stappen = stappen;
        this.spiegelaar = spiegelaar;
        this.interval = interval;
        this.aan = aan;
    }

    /** A zaak was deleted: its documents' mirrors are due now (after the commit, so the tasks are there). */
    void zaakVerwijderd(@Observes(during = TransactionPhase.AFTER_SUCCESS) Wijziging wijziging) {
        if ("zaak".equals(wijziging.resource()) && "destroy".equals(wijziging.actie())) {
            wake.release();
        }
    }

    void start(@Observes StartupEvent event) {
        if (aan) {
            background.start("zaakinformatieobject-herstel", this::loop);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        background.stop();
    }

    /** One round: the due tasks (at most 50), each finished or put off; the number taken. */
    public int ronde() {
        List<Spiegelingen.Taak> taken = stappen.neem(50, LEASE);
        for (Spiegelingen.Taak taak : taken) {
            try {
                spiegelaar.herstel(taak);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Zaakinformatieobject %s (%s) not repaired; the lease ends in %s", taak.uuid(), taak.actie(), LEASE);
            }
        }
        return taken.size();
    }

    private void loop() {
        while (background.running()) {
            try {
                if (ronde() == 0) {
                    wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Zaakinformatieobject repair: %s", e.getMessage());
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }
}
