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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notifications published and delivered per second, and the latency from the commit of the change
 * (the 201/200 that answered it) to each subscriber's callback, against a running suite
 * (scripts/suite.sh start). JDK only:
 *   java benchmarks/NotificatieThroughput.java <client-id> <secret> [messages] [subscribers] [publishers]
 * SOURCE=direct (default): messages are published to the Notificaties API on a kanaal of its own.
 * SOURCE=zaken: zaken are created through the Zaken API on a published zaaktype (ZAAKTYPE, else the
 * first the Catalogi API lists; ZakenReads.java makes one), so the path includes the outbox and its
 * dispatcher; subscribers follow kanaal zaken filtered on that zaaktype.
 * RATE=n paces the publishers to n per second in all (default: as fast as they can), to measure
 * the latency below saturation rather than the time spent queueing behind a backlog.
 */
public class NotificatieThroughput {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern RESOURCE = Pattern.compile("\"resourceUrl\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String clientId = args[0];
        String secret = args[1];
        int messages = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int subscribers = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int publishers = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        Map<String, String> env = System.getenv();
        String nrc = env.getOrDefault("NOTIFICATIES_URL", "http://localhost:8006/notificaties/api/v1");
        String zrc = env.getOrDefault("ZAKEN_URL", "http://localhost:8001/zaken/api/v1");
        String ztc = env.getOrDefault("CATALOGI_URL", "http://localhost:8002/catalogi/api/v1");
        boolean viaZaken = "zaken".equals(env.getOrDefault("SOURCE", "direct"));
        double rate = Double.parseDouble(env.getOrDefault("RATE", "0"));
        String token0 = token(clientId, secret);

        String kanaal;
        String filters;
        String zaaktype = null;
        if (viaZaken) {
            kanaal = "zaken";
            zaaktype = env.get("ZAAKTYPE");
            if (zaaktype == null) {
                Matcher m = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(get(ztc + "/zaaktypen", token0).body());
                if (!m.find()) {
                    throw new IllegalStateException("no published zaaktype: run benchmarks/ZakenReads.java first");
                }
                zaaktype = m.group(1);
            }
            filters = "{\"zaaktype\":\"" + zaaktype + "\"}";
        } else {
            kanaal = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            filters = "{}";
            check(post(nrc + "/kanaal", clientId, secret, "{\"naam\":\"" + kanaal + "\",\"filters\":[]}"), 201);
        }

        // arrival times are kept and matched to commit times afterwards: a callback that beats the
        // publisher's own bookkeeping still counts
        Map<String, Long> committed = new ConcurrentHashMap<>();
        List<Object[]> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong received = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        List<HttpServer> servers = new ArrayList<>();
        for (int s = 0; s < subscribers; s++) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                long now = System.nanoTime();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = RESOURCE.matcher(body);
                if (started.get() && m.find()) { // not the test message of the abonnement's callback check
                    arrivals.add(new Object[]{m.group(1), now});
                    received.incrementAndGet();
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            servers.add(server);
        }
        List<String> abonnementen = new ArrayList<>();
        for (HttpServer server : servers) {
            HttpResponse<String> created = post(nrc + "/abonnement", clientId, secret, "{\"callbackUrl\":\"http://127.0.0.1:"
                    + server.getAddress().getPort() + "/cb\",\"auth\":\"Bearer bench\",\"kanalen\":[{\"naam\":\""
                    + kanaal + "\",\"filters\":" + filters + "}]}");
            check(created, 201);
            Matcher m = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(created.body());
            m.find();
            abonnementen.add(m.group(1));
        }

        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        started.set(true);
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        String zt = zaaktype;
        for (int p = 0; p < publishers; p++) {
            int from = p * messages / publishers;
            int to = (p + 1) * messages / publishers;
            futures.add(pool.submit(() -> {
                String token = token(clientId, secret);
                long next = System.nanoTime();
                for (int i = from; i < to; i++) {
                    if (rate > 0) { // paced: latency below saturation, not queueing behind a backlog
                        next += (long) (1e9 * publishers / rate);
                        long sleep = next - System.nanoTime();
                        if (sleep > 0) {
                            Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                        }
                    }
                    if (viaZaken) {
                        HttpResponse<String> r = send(zrc + "/zaken", token, "{\"bronorganisatie\":\"123456782\","
                                + "\"verantwoordelijkeOrganisatie\":\"123456782\",\"zaaktype\":\"" + zt
                                + "\",\"startdatum\":\"2026-03-01\"}");
                        long now = System.nanoTime();
                        Matcher m = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(r.body());
                        if (r.statusCode() != 201 || !m.find()) {
                            throw new IllegalStateException("zaak answered " + r.statusCode() + ": " + r.body());
                        }
                        committed.put(m.group(1), now);
                    } else {
                        String url = "https://bench.example/bench/" + i;
                        String body = "{\"kanaal\":\"" + kanaal + "\",\"hoofdObject\":\"" + url
                                + "\",\"resource\":\"zaak\",\"resourceUrl\":\"" + url
                                + "\",\"actie\":\"create\",\"aanmaakdatum\":\"2026-11-24T10:00:00Z\",\"kenmerken\":{}}";
                        HttpResponse<String> r = send(nrc + "/notificaties", token, body);
                        committed.put(url, System.nanoTime());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("publish answered " + r.statusCode() + ": " + r.body());
                        }
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
        for (String abonnement : abonnementen) { // no dead subscribers left behind for the next run
            HTTP.send(HttpRequest.newBuilder(URI.create(abonnement)).header("Authorization", "Bearer " + token0)
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
        servers.forEach(s -> s.stop(0));

        List<Long> lat = new ArrayList<>();
        synchronized (arrivals) {
            for (Object[] a : arrivals) {
                Long at = committed.get((String) a[0]);
                if (at != null) {
                    lat.add(Math.max(0, (Long) a[1] - at));
                }
            }
        }
        long[] l = lat.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("source %s: %d %s, %d subscribers, %d publishing threads, %s%n",
                viaZaken ? "zaken" : "direct", messages, viaZaken ? "zaken created" : "messages published",
                subscribers, publishers, rate > 0 ? "paced at " + rate + "/s" : "unpaced");
        System.out.printf("published: %.0f/s (%.1f s)%n", messages / (publishNanos / 1e9), publishNanos / 1e9);
        System.out.printf("delivered: %d of %d callbacks, %.0f callbacks/s (all done %.1f s after the first publish)%n",
                received.get(), expected, received.get() / (allNanos / 1e9), allNanos / 1e9);
        if (l.length > 0) {
            System.out.printf("commit -> callback latency over %d callbacks: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms%n", l.length, l[l.length / 2] / 1e6, l[l.length * 9 / 10] / 1e6,
                    l[l.length * 99 / 100] / 1e6, l[l.length - 1] / 1e6);
        }
        System.exit(0); // the subscribers' executors would keep the JVM alive
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
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
                    .header("Content-Type", "application/json").header("Accept-Crs", "EPSG:4326")
                    .header("Content-Crs", "EPSG:4326").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
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
