package nl.zgw.notificaties.notificatie;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import nl.zgw.notificaties.config.NotificatiesConfig;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.notificatie.BackgroundLoop;
import nl.zgw.shared.notificatie.BatchSchrijver;
import nl.zgw.shared.tenant.CurrentTenant;
import nl.zgw.shared.tenant.RustendeTenants;
import nl.zgw.shared.tenant.Tenant;
import nl.zgw.shared.tenant.Tenants;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * Delivers queued notifications. A round claims due deliveries with {@code FOR UPDATE SKIP LOCKED}
 * and leases them (pushes their next attempt past the call's time-out) in one statement, so
 * replicas never take the same delivery and a replica that dies mid-way only delays it. Calls run
 * asynchronously, up to a concurrency limit, and the next round does not wait for slow ones: a slow
 * subscriber holds only its own calls, at most a few per callback. A per-callback
 * {@link CircuitBreakers circuit breaker} keeps a dead subscriber from using capacity; deliveries to
 * a callback whose slots are all in use are not claimed until one is free. Any 2xx is success; a
 * failure is retried with doubling backoff and parked as failed after the maximum number of
 * attempts. Successes are recorded by one writer, many per statement, so a call's slot is free
 * once its answer is in. At least once, and in order per abonnement and hoofdObject: a delivery is not claimed while an older one to the same
 * abonnement about the same hoofdObject is pending (in flight or waiting for its retry), so a
 * subscriber never hears of a status before the zaak it belongs to. One failing object holds up
 * only its own later notifications, until delivered or parked. With tenants declared (ADR 0022)
 * each round goes through every tenant's deliveries; the limits and breakers are shared.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    /**
     * Claimed through {@link nl.zgw.shared.notificatie.WachtrijClaim}: with the statistics of a table
     * analysed while nothing was pending, the per-object check scanned every pending row for each
     * row it claimed, until the table is analysed again. The choice is a MATERIALIZED CTE, made once
     * (as a subquery of the UPDATE it could be run again per row and claim more than the limit).
     */
    private static final String CLAIM = """
            WITH due AS MATERIALIZED (
                SELECT x.id FROM delivery x JOIN abonnement y ON y.uuid = x.abonnement_uuid
                 WHERE x.status = 'pending' AND x.next_attempt_at <= now()
                   AND y.callback_url <> ALL (?)
                   AND NOT EXISTS (SELECT 1 FROM delivery e WHERE e.status = 'pending'
                                      AND e.abonnement_uuid = x.abonnement_uuid
                                      AND e.hoofd_object = x.hoofd_object AND e.id < x.id)
                 ORDER BY x.next_attempt_at
                 LIMIT ? FOR UPDATE OF x SKIP LOCKED)
            UPDATE delivery d SET next_attempt_at = now() + make_interval(secs => ?)
              FROM due, notificatie n, abonnement a
             WHERE d.id = due.id AND n.id = d.notificatie_id AND a.uuid = d.abonnement_uuid
            RETURNING d.id, d.attempts, a.callback_url, a.auth, cast(n.message as text)""";

    private final DataSource dataSource;
    /** Idle tenants are looked at less often. */
    private final RustendeTenants rust;
    private final NotificatiesConfig.Delivery config;
    private final OutboundHttp http;
    private final java.util.concurrent.Semaphore inFlight;
    private final CircuitBreakers breakers;
    /**
     * Released when something a waiting worker waits for happened: this replica committed new
     * deliveries, or a call ended. An idle round, or one that found only busy callbacks, waits on
     * it up to a poll interval instead of sleeping.
     */
    private final java.util.concurrent.Semaphore changed = new java.util.concurrent.Semaphore(0);
    /** Per callback, deliveries claimed while its slots were full, sent as its calls end (under their lease). */
    private final java.util.Map<String, java.util.ArrayDeque<Claimed>> waiting = new java.util.HashMap<>();
    private final BackgroundLoop background = new BackgroundLoop();
    /** Deliveries that succeeded, recorded by one writer, many per statement (per tenant). */
    private final BatchSchrijver<Claimed> afgeleverd = new BatchSchrijver<>(this::vastleggen, changed::release);

    public DeliveryWorker(DataSource dataSource, Tenants tenants, NotificatiesConfig config, OutboundHttp http) {
        this.dataSource = dataSource;
        this.rust = new RustendeTenants(tenants, config.delivery().pollInterval());
        this.config = config.delivery();
        this.http = http;
        this.inFlight = new java.util.concurrent.Semaphore(this.config.concurrency());
        this.breakers = new CircuitBreakers(this.config.breakerThreshold(), this.config.breakerOpen(),
                this.config.maxBackoff(), this.config.perCallbackConcurrency(), System::currentTimeMillis);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        afgeleverd.start("notificatie-delivered");
        background.start("notificatie-delivery", this::loop);
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued event) {
        rust.wek();
        changed.release();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        background.stop();
        // the calls in flight end (at most their time-out) before the writer records what was delivered
        inFlight.tryAcquire(config.concurrency(), config.timeout().toMillis() + 1_000,
                java.util.concurrent.TimeUnit.MILLISECONDS);
        afgeleverd.stop();
    }

    /** Records {@code batch} as delivered: one statement per tenant. */
    private void vastleggen(List<Claimed> batch) {
        java.util.Map<Tenant, List<Claimed>> perTenant = new java.util.LinkedHashMap<>();
        batch.forEach(c -> perTenant.computeIfAbsent(c.tenant(), t -> new ArrayList<>()).add(c));
        perTenant.forEach((tenant, deel) -> CurrentTenant.run(tenant, () -> {
            try (Connection conn = dataSource.getConnection(); PreparedStatement u = conn.prepareStatement(
                    "UPDATE delivery d SET status = 'delivered', attempts = v.attempts, delivered_at = now(), "
                            + "last_error = NULL FROM unnest(?, ?) AS v(id, attempts) WHERE d.id = v.id")) {
                u.setArray(1, conn.createArrayOf("bigint", deel.stream().map(Claimed::id).toArray()));
                u.setArray(2, conn.createArrayOf("integer", deel.stream().map(c -> c.attempts() + 1).toArray()));
                u.executeUpdate();
            } catch (SQLException e) {
                // their leases run out and they are sent again: at least once
                LOG.warnf(e, "Could not record %d deliveries%s as delivered", deel.size(), CurrentTenant.inLog());
            }
        }));
    }

    private void loop() {
        long nextCleanup = 0;
        while (background.running()) {
            try {
                boolean cleanupDue = System.currentTimeMillis() >= nextCleanup;
                boolean work = rust.ronde(() -> background.running() && !Thread.currentThread().isInterrupted(),
                        cleanupDue, tenant -> round(cleanupDue));
                if (cleanupDue) {
                    nextCleanup = System.currentTimeMillis() + 3_600_000;
                }
                if (!work) {
                    awaitChange();
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                LOG.warn("Delivery round failed; trying again", e);
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /**
     * One round for the current tenant (its clean-up first when due); a failure of its database is
     * logged and counts as no work, so the other tenants' rounds go on; an interrupt (stopping) is
     * kept for the loop.
     */
    private int round(boolean cleanupDue) {
        try {
            if (cleanupDue) {
                cleanup();
            }
            return deliverDue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (SQLException | RuntimeException e) {
            LOG.warnf(e, "Delivery round%s failed; trying again", CurrentTenant.inLog());
            return 0;
        }
    }

    /** A claimed delivery, with the tenant whose schema holds it: its outcome is recorded there, on whichever thread. */
    private record Claimed(Tenant tenant, long id, int attempts, String callbackUrl, String auth, String message) {
    }

    /**
     * One round: claim as many as there is room for, start their calls, do not wait for them.
     * Returns how many it started or postponed (0: nothing due, the caller sleeps), or -1 when there
     * is work it could not start yet: every call slot stayed busy, or only callbacks whose own
     * slots are all in use have work; it then waited for a call to end (up to a poll interval), and
     * the caller goes on at once.
     */
    int deliverDue() throws SQLException, InterruptedException {
        // a full pipeline means work: wait for a free slot instead of sleeping a poll interval
        if (!inFlight.tryAcquire(config.pollInterval().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return -1;
        }
        inFlight.release();
        int room = Math.min(config.batchSize(), inFlight.availablePermits());
        if (room == 0) {
            return -1;
        }
        changed.drainPermits();
        List<Claimed> claimed = claim(room);
        List<Long> handBack = new ArrayList<>();
        java.util.Set<String> postponed = new java.util.HashSet<>();
        for (Claimed c : claimed) {
            long waitUntil = breakers.admit(c.callbackUrl());
            if (waitUntil == CircuitBreakers.BUSY) {
                // claimed in the round its callback's last slot was taken: it goes when a call ends
                if (!enqueue(c)) {
                    handBack.add(c.id());
                }
                continue;
            }
            if (waitUntil > 0) {
                if (postponed.add(c.callbackUrl())) {
                    postpone(c, waitUntil);
                }
                continue;
            }
            inFlight.acquireUninterruptibly();
            start(c);
        }
        handBack(handBack);
        int handled = claimed.size() - handBack.size();
        if (handled == 0 && !breakers.busy().isEmpty()) {
            awaitChange();
            return -1;
        }
        return handled;
    }

    private void awaitChange() throws InterruptedException {
        changed.tryAcquire(config.pollInterval().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        changed.drainPermits();
    }

    /** Calls an admitted delivery; its global call slot is taken. */
    private void start(Claimed c) {
        CurrentTenant.run(c.tenant(), () -> send(c).whenComplete((status, error) -> {
            try {
                CurrentTenant.run(c.tenant(), () -> record(c, status, error));
            } finally {
                inFlight.release();
                changed.release();
                next(c.callbackUrl());
            }
        }));
    }

    /**
     * Keeps a delivery for its callback's next free slot, at most as many as the callback has
     * slots, so each is sent within about one call's time, well inside its lease. False: no room.
     */
    private boolean enqueue(Claimed c) {
        synchronized (waiting) {
            java.util.ArrayDeque<Claimed> queue = waiting.computeIfAbsent(c.callbackUrl(), k -> new java.util.ArrayDeque<>());
            if (queue.size() >= config.perCallbackConcurrency()) {
                return false;
            }
            queue.add(c);
            return true;
        }
    }

    /** A call to this callback ended: the delivery waiting for its slot goes (without a claim or a write). */
    private void next(String callback) {
        Claimed c;
        synchronized (waiting) {
            java.util.ArrayDeque<Claimed> queue = waiting.get(callback);
            if (queue == null || queue.isEmpty()) {
                return;
            }
            long admitted = breakers.admit(callback);
            if (admitted > 0) { // opened meanwhile: their leases run out and a later round postpones them
                waiting.remove(callback);
                return;
            }
            if (admitted == CircuitBreakers.BUSY) {
                return; // another call of this callback ends later and takes it
            }
            if (!inFlight.tryAcquire()) {
                breakers.cancel(callback); // no global slot now: a later call's end takes it
                return;
            }
            c = queue.poll();
        }
        start(c);
    }

    /** Due again at once: claimed when its callback had no free slot, so no attempt was made. */
    private void handBack(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection conn = dataSource.getConnection(); PreparedStatement u = conn.prepareStatement(
                "UPDATE delivery SET next_attempt_at = now() WHERE id = ANY (?)")) {
            u.setArray(1, conn.createArrayOf("bigint", ids.toArray()));
            u.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf(e, "Could not hand back deliveries %s; their lease runs out", ids);
        }
    }

    /**
     * The callback's breaker is open: its deliveries wait until then, without using up an attempt.
     * All of them in one statement, not one per round: a dead subscriber with a long queue costs a
     * statement per opening, not a claim and an update per delivery.
     */
    private void postpone(Claimed c, long untilMillis) {
        try (Connection conn = dataSource.getConnection()) {
            update(conn, "UPDATE delivery SET next_attempt_at = to_timestamp(? / 1000.0) WHERE status = 'pending' "
                            + "AND next_attempt_at < to_timestamp(? / 1000.0) "
                            + "AND abonnement_uuid IN (SELECT uuid FROM abonnement WHERE callback_url = ?)",
                    (double) untilMillis, (double) untilMillis, c.callbackUrl());
        } catch (SQLException e) {
            LOG.warnf(e, "Could not postpone the deliveries to %s", c.callbackUrl());
        }
    }

    private List<Claimed> claim(int room) throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        Tenant tenant = CurrentTenant.get().orElse(Tenant.ENIG);
        try (Connection c = dataSource.getConnection()) {
            nl.zgw.shared.notificatie.WachtrijClaim.claim(c, "delivery", conn -> {
                claimed.clear();
                try (PreparedStatement q = conn.prepareStatement(CLAIM)) {
                    q.setArray(1, conn.createArrayOf("text", breakers.busy().toArray()));
                    q.setInt(2, room);
                    q.setDouble(3, config.timeout().toSeconds() * 2.0 + 5);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            claimed.add(new Claimed(tenant, rs.getLong(1), rs.getInt(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5)));
                        }
                    }
                }
                return claimed.size();
            });
        }
        return claimed;
    }

    private CompletableFuture<Integer> send(Claimed c) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(c.callbackUrl()))
                    .header("Content-Type", "application/json")
                    .header("Authorization", c.auth())
                    .POST(HttpRequest.BodyPublishers.ofString(c.message()))
                    .build();
            return http.sendAsync("abonnee", request, config.timeout(), OutboundHttp.BODY_IGNORED).thenApply(OutboundHttp.Answer::status);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void record(Claimed c, Integer status, Throwable error) {
        int attempts = c.attempts() + 1;
        boolean delivered = error == null && status != null && status / 100 == 2;
        if (delivered) {
            breakers.success(c.callbackUrl());
        } else {
            breakers.failure(c.callbackUrl());
        }
        String outcome = delivered ? null : error != null ? error.getClass().getSimpleName() + ": " + error.getMessage()
                : "HTTP " + status;
        if (delivered) {
            afgeleverd.add(c);
            return;
        }
        try (Connection conn = dataSource.getConnection()) {
            if (attempts >= config.maxAttempts()) {
                update(conn, "UPDATE delivery SET status = 'failed', attempts = ?, last_error = ? WHERE id = ?",
                        attempts, truncate(outcome), c.id());
                LOG.warnf("Delivery %d to %s parked as failed after %d attempts: %s", c.id(), c.callbackUrl(),
                        attempts, outcome);
            } else {
                long backoff = Math.min(config.maxBackoff().toMillis(),
                        config.initialBackoff().toMillis() << Math.min(attempts - 1, 30));
                update(conn, "UPDATE delivery SET attempts = ?, last_error = ?, "
                                + "next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?",
                        attempts, truncate(outcome), backoff / 1000.0, c.id());
            }
        } catch (SQLException e) {
            // the lease runs out and the delivery is tried again: at least once
            LOG.warnf(e, "Could not record the outcome of delivery %d", c.id());
        }
    }

    /** Drops deliveries that are done and older than the retention, then messages with none left. */
    void cleanup() throws SQLException {
        double seconds = config.retention().toSeconds();
        try (Connection c = dataSource.getConnection()) {
            update(c, "DELETE FROM delivery WHERE status <> 'pending' AND coalesce(delivered_at, next_attempt_at) "
                    + "< now() - make_interval(secs => ?)", seconds);
            update(c, "DELETE FROM notificatie n WHERE received_at < now() - make_interval(secs => ?) "
                    + "AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.notificatie_id = n.id)", seconds);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
