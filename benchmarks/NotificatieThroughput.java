import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Notifications published and delivered per second, and the latency from the publish's commit
 * (its 200) to the callback, against a running suite (scripts/suite.sh start). JDK only:
 *   java benchmarks/NotificatieThroughput.java <client-id> <secret> [messages] [subscribers] [publishers]
 */
public class NotificatieThroughput {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String clientId = args[0];
        String secret = args[1];
        int messages = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int subscribers = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int publishers = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        String nrc = System.getenv().getOrDefault("NOTIFICATIES_URL", "http://localhost:8006/notificaties/api/v1");
        String kanaal = "bench-" + UUID.randomUUID().toString().substring(0, 8);

        Map<String, Long> published = new ConcurrentHashMap<>();
        List<long[]> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong received = new AtomicLong();
        List<HttpServer> servers = new ArrayList<>();
        for (int s = 0; s < subscribers; s++) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                long now = System.nanoTime();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int at = body.indexOf("bench/");
                if (at >= 0) {
                    String id = body.substring(at + 6, body.indexOf('"', at));
                    Long sent = published.get(id);
                    if (sent != null) {
                        latencies.add(new long[]{now - sent});
                    }
                    received.incrementAndGet();
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            servers.add(server);
        }
        check(post(nrc + "/kanaal", clientId, secret, "{\"naam\":\"" + kanaal + "\",\"filters\":[]}"), 201);
        for (HttpServer server : servers) {
            check(post(nrc + "/abonnement", clientId, secret, "{\"callbackUrl\":\"http://127.0.0.1:"
                    + server.getAddress().getPort() + "/cb\",\"auth\":\"Bearer bench\",\"kanalen\":[{\"naam\":\""
                    + kanaal + "\"}]}"), 201);
        }

        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            int from = p * messages / publishers;
            int to = (p + 1) * messages / publishers;
            futures.add(pool.submit(() -> {
                String token = token(clientId, secret);
                for (int i = from; i < to; i++) {
                    String id = Integer.toString(i);
                    String body = "{\"kanaal\":\"" + kanaal + "\",\"hoofdObject\":\"https://bench.example/bench/" + id
                            + "\",\"resource\":\"zaak\",\"resourceUrl\":\"https://bench.example/bench/" + id
                            + "\",\"actie\":\"create\",\"aanmaakdatum\":\"2026-11-24T10:00:00Z\",\"kenmerken\":{}}";
                    HttpResponse<String> r = send(nrc + "/notificaties", token, body);
                    published.put(id, System.nanoTime());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("publish answered " + r.statusCode() + ": " + r.body());
                    }
                }
                return null;
            }));
        }
        for (var f : futures) {
            f.get();
        }
        long publishNanos = System.nanoTime() - t0;
        long expected = (long) messages * subscribers;
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (received.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long allNanos = System.nanoTime() - t0;
        pool.shutdown();
        servers.forEach(s -> s.stop(0));

        long[] l = latencies.stream().mapToLong(x -> x[0]).sorted().toArray();
        System.out.printf("%d messages, %d subscribers, %d publishing threads%n", messages, subscribers, publishers);
        System.out.printf("published: %.0f messages/s (%.1f s)%n", messages / (publishNanos / 1e9), publishNanos / 1e9);
        System.out.printf("delivered: %d of %d callbacks, %.0f callbacks/s (all done %.1f s after the first publish)%n",
                received.get(), expected, received.get() / (allNanos / 1e9), allNanos / 1e9);
        if (l.length > 0) {
            System.out.printf("commit -> callback latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    l[l.length / 2] / 1e6, l[l.length * 9 / 10] / 1e6, l[l.length * 99 / 100] / 1e6, l[l.length - 1] / 1e6);
        }
        System.exit(0); // the subscribers' executors would keep the JVM alive
    }

    static void check(HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException("answered " + r.statusCode() + ": " + r.body());
        }
    }

    static HttpResponse<String> post(String url, String clientId, String secret, String body) throws Exception {
        return send(url, token(clientId, secret), body);
    }

    static HttpResponse<String> send(String url, String token, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(String clientId, String secret) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = b64.encodeToString(("{\"iss\":\"" + clientId + "\",\"client_id\":\"" + clientId
                    + "\",\"iat\":" + (System.currentTimeMillis() / 1000) + "}").getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return header + "." + payload + "." + b64.encodeToString(
                    mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
