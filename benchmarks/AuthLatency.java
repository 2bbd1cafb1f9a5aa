import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The latency authorisation adds to a request, measured against a running suite
 * (scripts/suite.sh start). JDK only: run with
 *   java benchmarks/AuthLatency.java <client-id> <secret> [requests]
 * Sequential requests on one keep-alive connection, after a warm-up; prints percentiles.
 */
public class AuthLatency {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String clientId = args[0];
        String secret = args[1];
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        String nrc = System.getenv().getOrDefault("NOTIFICATIES_URL", "http://localhost:8006/notificaties/api/v1");
        String ac = System.getenv().getOrDefault("AUTORISATIES_URL", "http://localhost:8005/autorisaties");
        String reused = token(clientId, secret);

        System.out.printf("%d sequential requests per case, after %d warm-up requests%n%n", n, n / 3);
        System.out.printf("%-58s %8s %8s %8s %8s%n", "case", "p50 ms", "p90 ms", "p99 ms", "mean ms");
        run("no auth: unknown route, 404 problem (baseline)", n, () -> get(nrc + "/nothing", null), 404);
        run("no token on a scoped endpoint: 401", n, () -> get(nrc + "/kanaal", null), 401);
        run("GET /kanaal, one token reused", n, () -> get(nrc + "/kanaal", reused), 200);
        run("GET /kanaal, a fresh token per request", n, () -> get(nrc + "/kanaal", token(clientId, secret)), 200);
        run("the verification itself: POST autorisaties /intern/v1/verify", n,
                () -> post(ac + "/intern/v1/verify", reused, "{\"token\":\"" + reused + "\"}"), 200);
    }

    static void run(String name, int n, Supplier<HttpRequest> request, int expected) throws Exception {
        for (int i = 0; i < n / 3; i++) {
            send(request.get(), expected);
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            HttpRequest r = request.get();
            long t0 = System.nanoTime();
            send(r, expected);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf("%-58s %8.2f %8.2f %8.2f %8.2f%n", name, nanos[n / 2] / 1e6, nanos[n * 9 / 10] / 1e6,
                nanos[n * 99 / 100] / 1e6, mean);
    }

    static void send(HttpRequest r, int expected) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(r.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    static HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String token(String clientId, String secret) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = b64.encodeToString(("{\"iss\":\"" + clientId + "\",\"client_id\":\"" + clientId
                    + "\",\"iat\":" + (System.currentTimeMillis() / 1000)
                    + ",\"user_id\":\"bench\",\"user_representation\":\"\"}").getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return header + "." + payload + "." + signature;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
