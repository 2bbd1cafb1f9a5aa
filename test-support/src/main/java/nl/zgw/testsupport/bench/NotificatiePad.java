package nl.zgw.testsupport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * The notification path measured end to end: a subscriber on this machine (a real HTTP server)
 * takes an abonnement on kanaal {@code zaken} at the Notificaties API, and for every notification of
 * a created zaak it receives it records the time from the change ({@code aanmaakdatum}, stamped by
 * the Zaken API in the change's transaction) to the callback: commit, the Zaken API's outbox, the
 * Notificaties API's publication and its delivery. Only notifications stamped between {@link #begin}
 * and {@link #end} count, so a backlog of earlier cases stays out.
 */
final class NotificatiePad implements AutoCloseable {

    /** The path the subscriber listens on: how the benchmark knows its own abonnementen. */
    private static final String PATH = "/bench-callback";

    /** What one measurement received: latencies in ms, sorted. */
    record Ontvangen(List<Double> latencies) {
        double percentile(double p) {
            if (latencies.isEmpty()) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latencies.size()) - 1;
            return latencies.get(Math.max(0, Math.min(latencies.size() - 1, i)));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpClient http;
    private final String token;
    private final List<Double> latencies = new ArrayList<>();
    private volatile Instant since = Instant.MAX;
    private volatile Instant until = Instant.MAX;
    private String abonnement;

    private NotificatiePad(HttpClient http, String token) throws IOException {
        this.http = http;
        this.token = token;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(threads);
        server.createContext(PATH, exchange -> {
            Instant received = Instant.now();
            try (InputStream in = exchange.getRequestBody()) {
                record(JSON.readTree(in), received);
            } catch (IOException | RuntimeException unreadable) {
                // the Notificaties API's test message and anything else not of a zaak: acknowledged, not counted
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    /** Starts the subscriber and registers it at the Notificaties API ({@code notificaties}: its base URL). */
    static NotificatiePad start(HttpClient http, String notificaties, String token) throws IOException, InterruptedException {
        NotificatiePad pad = new NotificatiePad(http, token);
        try {
            pad.removeLeftovers(notificaties);
            String callback = "http://127.0.0.1:" + pad.server.getAddress().getPort() + PATH;
            String body = "{\"callbackUrl\":\"" + callback + "\",\"auth\":\"Bearer bench-abonnee\","
                    + "\"kanalen\":[{\"naam\":\"zaken\",\"filters\":{}}]}";
            HttpResponse<String> r = http.send(pad.request(notificaties + "/abonnement").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST /abonnement answered " + r.statusCode() + ": " + r.body());
            }
            pad.abonnement = JSON.readTree(r.body()).path("url").asText("");
            if (pad.abonnement.isEmpty()) {
                throw new IllegalStateException("POST /abonnement answered without a url: " + r.body());
            }
            return pad;
        } catch (IOException | InterruptedException | RuntimeException e) {
            pad.close();
            throw e;
        }
    }

    /** Abonnementen of an earlier run that was stopped before it could remove its own. */
    private void removeLeftovers(String notificaties) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(notificaties + "/abonnement").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return;
        }
        for (JsonNode a : JSON.readTree(r.body())) {
            if (a.path("callbackUrl").asText().endsWith(PATH)) {
                delete(a.path("url").asText());
            }
        }
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    private void delete(String url) throws IOException, InterruptedException {
        http.send(request(url).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    private void record(JsonNode n, Instant received) {
        if (!"zaken".equals(n.path("kanaal").asText()) || !"zaak".equals(n.path("resource").asText())
                || !"create".equals(n.path("actie").asText())) {
            return;
        }
        Instant changed = OffsetDateTime.parse(n.path("aanmaakdatum").asText()).toInstant();
        if (changed.isBefore(since) || changed.isAfter(until)) {
            return;
        }
        synchronized (latencies) {
            latencies.add(Duration.between(changed, received).toNanos() / 1e6);
        }
    }

    /** Counts the changes from now on. */
    void begin() {
        synchronized (latencies) {
            latencies.clear();
        }
        until = Instant.MAX;
        since = Instant.now();
    }

    /** Counts no change after now (its notification may still come). */
    void end() {
        until = Instant.now();
    }

    /**
     * Waits until at least {@code expected} notifications came and then none for {@code quiet}
     * (those of requests still under way when the load stopped come too), or until {@code max};
     * then what came.
     */
    Ontvangen await(long expected, Duration quiet, Duration max) throws InterruptedException {
        Instant deadline = Instant.now().plus(max);
        int seen = -1;
        Instant changed = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            int now;
            synchronized (latencies) {
                now = latencies.size();
            }
            if (now != seen) {
                seen = now;
                changed = Instant.now();
            } else if (now >= expected && Duration.between(changed, Instant.now()).compareTo(quiet) > 0) {
                break;
            }
            Thread.sleep(50);
        }
        synchronized (latencies) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Ontvangen(sorted);
        }
    }

    @Override
    public void close() {
        try {
            if (abonnement != null && !abonnement.isEmpty()) {
                delete(abonnement);
            }
        } catch (IOException e) {
            System.err.println("the benchmark's abonnement stays at the Notificaties API: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
