package nl.zgw.shared.notificatie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;
import nl.zgw.shared.tenant.CurrentTenant;
import nl.zgw.shared.tenant.RustendeTenants;
import nl.zgw.shared.tenant.Tenant;
import nl.zgw.shared.tenant.Tenants;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * Sends the outbox to the Notificaties API, in a service that publishes a {@link Kanaal}: first it
 * registers the kanaal (idempotent, retried until the Notificaties API answers), then it sends rows
 * oldest first, never a row while an older one for the same hoofdObject waits (order per main
 * object), deleting each row once the Notificaties API accepted it. A failed send is retried with
 * doubling backoff, for ever: nothing committed is lost. A message the Notificaties API refuses
 * for good (see {@link #refusedForGood}) is parked in the table for an operator instead of blocking
 * its object's later messages for ever. Rows are leased with SKIP LOCKED, so replicas do not send
 * the same row twice under normal operation; delivery is at least once. With tenants declared
 * (ADR 0022) each round goes through every tenant's outbox, to that tenant's Notificaties API; a
 * tenant whose Notificaties API fails waits on its own backoff, not the others. Up to 50 sends are
 * in flight; a round does not wait for them, so a slow answer holds up only its own object.
 */
@ApplicationScoped
public class OutboxDispatcher implements nl.zgw.shared.tenant.PerTenant {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int BATCH = 50;
    /** A claimed row is the dispatcher's for this long (a round's calls run at once, each bounded by TIMEOUT). */
    private static final Duration LEASE = Duration.ofSeconds(60);

    /**
     * The due rows, oldest first, each the oldest unparked one of its object; claimed through
     * {@link WachtrijClaim}, which keeps the planner from comparing every row with every other. The
     * choice is a MATERIALIZED CTE, made once: as a subquery of the UPDATE a nested loop could run it
     * again for every row, each run locking (SKIP LOCKED) the next rows, and claim more than the limit.
     */
    static final String CLAIM = """
            WITH due AS MATERIALIZED (
                SELECT x.id FROM notificatie_outbox x
                 WHERE x.next_attempt_at <= now() AND x.parked_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM notificatie_outbox y
                                    WHERE y.hoofd_object = x.hoofd_object AND y.id < x.id
                                      AND y.parked_at IS NULL)
                 ORDER BY x.id
                 LIMIT ? FOR UPDATE SKIP LOCKED)
            UPDATE notificatie_outbox o SET next_attempt_at = now() + make_interval(secs => ?)
              FROM due
             WHERE o.id = due.id
            RETURNING o.id, o.attempts, o.message""";

    private final Instance<Kanaal> kanaal;
    private final Instance<DataSource> dataSource;
    private final ZgwConfig config;
    private final ResourceUrls urls;
    /** Idle tenants are looked at less often. */
    private final RustendeTenants rust;
    private final ZgwTokenSigner signer;
    private final ObjectMapper json;
    private final OutboundHttp http;
    private final BackgroundLoop background = new BackgroundLoop();
    private final java.util.concurrent.Semaphore wake = new java.util.concurrent.Semaphore(0);
    /** Failed sends not yet in a log line, and when the last line was written (see {@link #mislukt}). */
    private final java.util.concurrent.atomic.AtomicInteger nietGemeld = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong laatstGemeld = new java.util.concurrent.atomic.AtomicLong();
    /** Sends that may be in flight at once (all tenants together). */
    private final java.util.concurrent.Semaphore vrij = new java.util.concurrent.Semaphore(BATCH);
    /** Rows the Notificaties API accepted, deleted by one writer, many per statement (per tenant). */
    private final BatchSchrijver<Geaccepteerd> geaccepteerd = new BatchSchrijver<>(this::verwijderen, wake::release);

    private record Geaccepteerd(Tenant tenant, long id) {
    }

    /** Per tenant: whether its kanaal is registered, and its backoff after a failure. */
    private final Map<Tenant, Staat> staten = new java.util.concurrent.ConcurrentHashMap<>();

    /** One tenant's outbox: the kanaal known to its Notificaties API (cleared when it says not), its backoff. */
    private static final class Staat {
        volatile boolean registered;
        long backoff;
        long nietVoor;
    }

    public OutboxDispatcher(Instance<Kanaal> kanaal, Instance<DataSource> dataSource, ZgwConfig config, Tenants tenants,
                            ResourceUrls urls, ZgwTokenSigner signer, ObjectMapper json, OutboundHttp http) {
        this.http = http;
        this.kanaal = kanaal;
        this.dataSource = dataSource;
        this.config = config;
        this.urls = urls;
        this.rust = new RustendeTenants(tenants, config.outbox().pollInterval());
        this.signer = signer;
        this.json = json;
    }

    /** A notification was committed in this replica (for the current tenant): send now rather than at the next poll. */
    void wake() {
        rust.wek();
        wake.release();
    }

    void start(@Observes StartupEvent event) {
        if (kanaal.isUnsatisfied() || !config.outbox().enabled()) {
            return;
        }
        geaccepteerd.start("notificatie-outbox-accepted");
        background.start("notificatie-outbox", this::loop);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        background.stop();
        // the sends in flight end (at most their time-out) before the writer records what was accepted
        vrij.tryAcquire(BATCH, TIMEOUT.toMillis() + 1_000, java.util.concurrent.TimeUnit.MILLISECONDS);
        geaccepteerd.stop();
    }

    /** Deletes accepted rows: one statement per tenant. */
    private void verwijderen(List<Geaccepteerd> batch) {
        Map<Tenant, List<Long>> perTenant = new java.util.LinkedHashMap<>();
        batch.forEach(g -> perTenant.computeIfAbsent(g.tenant(), t -> new ArrayList<>()).add(g.id()));
        perTenant.forEach((tenant, ids) -> CurrentTenant.run(tenant, () -> {
            try (Connection c = dataSource.get().getConnection();
                 PreparedStatement d = c.prepareStatement("DELETE FROM notificatie_outbox WHERE id = ANY(?)")) {
                d.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                d.executeUpdate();
            } catch (SQLException e) {
                // their leases run out and they are sent again: at least once
                LOG.warnf(e, "Outbox%s: could not delete %d accepted messages", CurrentTenant.inLog(), ids.size());
            }
        }));
    }

    /**
     * A tenant no longer served: its state goes (declared again, its kanaal is checked again). A
     * tenant taken in needs nothing: the next round goes through the tenants served.
     */
    @Override
    public void afvoeren(Tenant tenant) {
        staten.remove(tenant);
    }

    private void loop() {
        while (background.running()) {
            boolean sent = rust.ronde(() -> background.running() && !Thread.currentThread().isInterrupted(), false,
                    tenant -> round(staten.computeIfAbsent(tenant, t -> new Staat())));
            if (!sent) {
                try {
                    wake.tryAcquire(config.outbox().pollInterval().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One round for the current tenant, unless it is waiting out a failure: how many rows it handled. */
    private int round(Staat staat) {
        if (System.currentTimeMillis() < staat.nietVoor) {
            return 0;
        }
        try {
            if (!staat.registered) {
                registerKanaal();
                staat.registered = true;
            }
            int sent = sendDue(staat);
            staat.backoff = 0;
            return sent;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping: the loop ends
            return 0;
        } catch (Exception e) {
            staat.backoff = staat.backoff == 0 ? config.outbox().initialBackoff().toMillis()
                    : Math.min(staat.backoff * 2, config.outbox().maxBackoff().toMillis());
            staat.nietVoor = System.currentTimeMillis() + staat.backoff;
            LOG.warnf("Outbox%s: %s; trying again in %d ms", CurrentTenant.inLog(),
                    e.getMessage() != null ? e.getMessage() : e.toString(), staat.backoff);
            return 0;
        }
    }

    /** Registers this service's kanalen (one bean each) unless the Notificaties API has them already. */
    void registerKanaal() throws Exception {
        for (Kanaal k : kanaal) {
            register(k);
        }
    }

    private void register(Kanaal k) throws Exception {
        OutboundHttp.Answer existing = call(HttpRequest.newBuilder(URI.create(base() + "/kanaal?naam="
                + URLEncoder.encode(k.naam(), StandardCharsets.UTF_8))).GET());
        if (existing.status() != 200) {
            throw new IllegalStateException("kanaal lookup answered " + existing.status());
        }
        JsonNode found = json.readTree(existing.body());
        if (found.isArray() && !found.isEmpty()) {
            checkFilters(k, found.get(0));
            return;
        }
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("naam", k.naam());
        body.put("filters", k.filters());
        if (k.documentatieLink() != null) {
            body.put("documentatieLink", k.documentatieLink());
        }
        OutboundHttp.Answer created = call(HttpRequest.newBuilder(URI.create(base() + "/kanaal"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
        if (created.status() == 400 && new String(created.body(), StandardCharsets.UTF_8).contains("\"unique\"")) {
            return; // another replica was first
        }
        if (created.status() != 201) {
            throw new IllegalStateException("kanaal registration answered " + created.status() + ": "
                    + new String(created.body(), StandardCharsets.UTF_8));
        }
        LOG.infof("Kanaal '%s' registered with the Notificaties API", k.naam());
    }

    /**
     * A kanaal cannot be changed through the Notificaties API: one registered earlier without a
     * kenmerk this service now sends refuses every message that carries it. Said loudly at start.
     */
    private void checkFilters(Kanaal k, JsonNode registered) {
        List<String> known = new ArrayList<>();
        registered.path("filters").forEach(f -> known.add(f.asText()));
        List<String> missing = k.filters().stream().filter(f -> !known.contains(f)).toList();
        if (!missing.isEmpty()) {
            LOG.errorf("Kanaal '%s' is registered with the Notificaties API without the kenmerken %s; "
                    + "messages that carry them are refused and parked in notificatie_outbox", k.naam(), missing);
        }
    }

    private record Row(long id, int attempts, String message) {
    }

    /**
     * One round: claims as many due rows as there are free sends (at most one per hoofdObject: an
     * object's next message waits until its previous one is accepted and deleted) and starts them;
     * it does not wait for them. Each send records its own outcome when it ends, so one slow answer
     * (up to the time-out) holds up only its own object, not the rows claimed with it. When every
     * send is in use it waits up to a poll interval for one to end.
     */
    int sendDue(Staat staat) throws SQLException, InterruptedException {
        if (!vrij.tryAcquire(config.outbox().pollInterval().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return -1; // all sends in use: work is waiting
        }
        vrij.release();
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.get().getConnection()) {
            WachtrijClaim.claim(c, "notificatie_outbox", conn -> {
                rows.clear();
                try (PreparedStatement q = conn.prepareStatement(CLAIM)) {
                    q.setInt(1, Math.max(1, vrij.availablePermits()));
                    q.setDouble(2, LEASE.toSeconds());
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Row(rs.getLong(1), rs.getInt(2), rs.getString(3)));
                        }
                    }
                }
                return rows.size();
            });
        }
        if (rows.isEmpty()) {
            return 0;
        }
        String token = signer.ownToken();
        Tenant tenant = CurrentTenant.get().orElse(Tenant.ENIG);
        for (Row row : rows) {
            vrij.acquireUninterruptibly();
            try {
                send(row, token, staat).whenComplete((outcome, e) -> {
                    try {
                        if (outcome != null && outcome.error() == null) {
                            geaccepteerd.add(new Geaccepteerd(tenant, row.id()));
                        } else {
                            CurrentTenant.run(tenant, () -> recordFailure(outcome != null ? outcome
                                    : new Outcome(row, e.getClass().getSimpleName() + ": " + e.getMessage(), false)));
                        }
                    } finally {
                        vrij.release();
                        wake.release();
                    }
                });
            } catch (RuntimeException e) {
                vrij.release(); // not sent: its lease runs out and it is claimed again
                throw e;
            }
        }
        return rows.size();
    }

    /** Sends one row; its outcome, never a failed future. */
    private CompletableFuture<Outcome> send(Row row, String token, Staat staat) {
        HttpRequest request = authorised(HttpRequest.newBuilder(URI.create(base() + "/notificaties"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(row.message())), token);
        return http.sendAsync("notificaties", request, TIMEOUT, OutboundHttp.DEFAULT_MAX_BYTES).handle((response, e) -> {
            if (e != null) {
                return new Outcome(row, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
            }
            int status = response.status();
            String body = response.text();
            if (status == 400 && body.contains("\"kanaal-bestaat-niet\"")) {
                staat.registered = false; // e.g. a Notificaties database set up anew: register again, then resend
                return new Outcome(row, "HTTP 400: " + body, false);
            }
            return status / 100 == 2 ? new Outcome(row, null, false)
                    : new Outcome(row, "HTTP " + status + ": " + body, refusedForGood(status));
        });
    }

    private record Outcome(Row row, String error, boolean permanent) {
    }

    /**
     * An answer that sending again cannot change: the Notificaties API refuses the message itself
     * (400, 413, 422). Anything else is retried: 401/403 (this service's client or its scopes, fixed
     * by an operator), 404/405/409/410/415 (an ingress or a base URL in the middle of a change),
     * 408, 429 and 5xx; an unknown kanaal is registered again first.
     */
    static boolean refusedForGood(int status) {
        return status == 400 || status == 413 || status == 422;
    }

    /** A failed send's outcome: the row waits its backoff, or is parked. */
    private void recordFailure(Outcome o) {
        try (Connection c = dataSource.get().getConnection()) {
            recordFailure(c, o);
        } catch (SQLException e) {
            // its lease runs out and it is sent again: at least once
            LOG.warnf(e, "Outbox%s: could not record the outcome of message %d", CurrentTenant.inLog(), o.row().id());
        }
    }

    private void recordFailure(Connection c, Outcome o) throws SQLException {
        String error = o.error().length() > 1000 ? o.error().substring(0, 1000) : o.error();
        if (o.permanent()) {
            try (PreparedStatement u = c.prepareStatement("UPDATE notificatie_outbox SET attempts = attempts + 1, "
                    + "last_error = ?, parked_at = now() WHERE id = ?")) {
                u.setString(1, error);
                u.setLong(2, o.row().id());
                u.executeUpdate();
            }
            LOG.errorf("Outbox: the Notificaties API refused message %d for good; parked: %s", o.row().id(), error);
            return;
        }
        long wait = Math.min(config.outbox().maxBackoff().toMillis(),
                config.outbox().initialBackoff().toMillis() << Math.min(o.row().attempts(), 20));
        try (PreparedStatement u = c.prepareStatement("UPDATE notificatie_outbox SET attempts = attempts + 1, "
                + "last_error = ?, next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?")) {
            u.setString(1, error);
            u.setDouble(2, wait / 1000.0);
            u.setLong(3, o.row().id());
            u.executeUpdate();
        }
        mislukt(error);
    }

    /**
     * A send failed and waits its backoff: said in the log at most once per ten seconds, with how
     * many failed since the last line, so an outage or a send without an answer is visible without
     * a line per message.
     */
    private void mislukt(String error) {
        int sinds = nietGemeld.incrementAndGet();
        long nu = System.currentTimeMillis();
        long vorig = laatstGemeld.get();
        if (nu - vorig >= 10_000 && laatstGemeld.compareAndSet(vorig, nu)) {
            nietGemeld.addAndGet(-sinds);
            LOG.warnf("Outbox%s: %d send(s) to the Notificaties API failed and wait their backoff; the last: %s",
                    CurrentTenant.inLog(), sinds, error);
        }
    }

    private OutboundHttp.Answer call(HttpRequest.Builder request) throws Exception {
        return http.send("notificaties", authorised(request, signer.ownToken()), TIMEOUT, OutboundHttp.DEFAULT_MAX_BYTES);
    }

    /** A request to the Notificaties API with this service's own token and the time-out. */
    private static HttpRequest authorised(HttpRequest.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build();
    }

    /** The current tenant's Notificaties API. */
    private String base() {
        return urls.baseUrl(ZgwApi.NOTIFICATIES).toString();
    }
}
