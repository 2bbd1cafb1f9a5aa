package nl.zgw.shared.notificatie;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * One writer that records outcomes many per statement: the outbox's accepted messages, the
 * Notificaties API's delivered calls. A call's slot is free as soon as its answer is in, not after
 * a commit of its own, and under load one commit records many. The writer waits for an outcome,
 * takes all that wait with it (at most 1,000), hands them to {@code vastleggen} and then runs
 * {@code daarna} (e.g. wake the claiming loop: the objects' next rows may be claimed now). What is
 * not recorded when the process dies is sent again when its lease runs out (at least once).
 */
public final class BatchSchrijver<T> {

    private static final int MAX = 1_000;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(BatchSchrijver.class);

    private final LinkedBlockingQueue<T> wachtend = new LinkedBlockingQueue<>();
    private final BackgroundLoop loop = new BackgroundLoop();
    private final Consumer<List<T>> vastleggen;
    private final Runnable daarna;

    public BatchSchrijver(Consumer<List<T>> vastleggen, Runnable daarna) {
        this.vastleggen = vastleggen;
        this.daarna = daarna;
    }

    public void start(String naam) {
        loop.start(naam, this::schrijf);
    }

    /** An outcome to record. */
    public void add(T uitkomst) {
        wachtend.add(uitkomst);
    }

    /** Stops the writer and records what is left, so that it is not sent again. */
    public void stop() throws InterruptedException {
        loop.stop();
        List<T> rest = new ArrayList<>();
        wachtend.drainTo(rest);
        if (!rest.isEmpty()) {
            vastleggen.accept(rest);
        }
    }

    private void schrijf() {
        List<T> batch = new ArrayList<>();
        while (loop.running()) {
            try {
                batch.add(wachtend.take());
            } catch (InterruptedException e) {
                return;
            }
            wachtend.drainTo(batch, MAX - 1);
            try {
                vastleggen.accept(batch);
                daarna.run();
            } catch (RuntimeException e) {
                // the writer goes on: what was not recorded is sent again when its lease runs out
                LOG.warnf(e, "Could not record %d outcomes; they are sent again when their lease runs out", batch.size());
            }
            batch.clear();
        }
    }
}
