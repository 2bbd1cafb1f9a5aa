import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What other services ask of the Catalogi API most: reading zaaktypen and their types. Against a
 * running suite (scripts/suite.sh start), JDK only:
 *   java benchmarks/CatalogiReads.java <client-id> <secret> [zaaktypen] [requests]
 * Builds a catalogus of <zaaktypen> zaaktypen (default 500), each with 4 statustypen, 2 roltypen and
 * 3 eigenschappen, then measures sequential reads (one token reused) and prints percentiles.
 */
public class CatalogiReads {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern URL = Pattern.compile("\"url\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String clientId = args[0];
        String secret = args[1];
        int zaaktypen = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        String ztc = System.getenv().getOrDefault("CATALOGI_URL", "http://localhost:8002/catalogi/api/v1");
        String token = token(clientId, secret);

        long t0 = System.nanoTime();
        String rsin = String.format("%09d", new Random().nextInt(999_999_999));
        String catalogus = url(send(post(ztc + "/catalogussen", token, "{\"domein\":\"BENCH\",\"rsin\":\"" + rsin
                + "\",\"contactpersoonBeheerNaam\":\"Bench\"}"), 201));
        List<String> zaaktypeUrls = new ArrayList<>();
        for (int i = 0; i < zaaktypen; i++) {
            String zaaktype = url(send(post(ztc + "/zaaktypen", token, zaaktype(catalogus, "BENCH-" + i)), 201));
            zaaktypeUrls.add(zaaktype);
            for (int s = 1; s <= 4; s++) {
                send(post(ztc + "/statustypen", token, "{\"zaaktype\":\"" + zaaktype + "\",\"omschrijving\":\"Status "
                        + s + "\",\"volgnummer\":" + s + "}"), 201);
            }
            for (String rol : new String[] {"initiator", "behandelaar"}) {
                send(post(ztc + "/roltypen", token, "{\"zaaktype\":\"" + zaaktype + "\",\"omschrijving\":\"" + rol
                        + "\",\"omschrijvingGeneriek\":\"" + rol + "\"}"), 201);
            }
            for (int e = 1; e <= 3; e++) {
                send(post(ztc + "/eigenschappen", token, "{\"zaaktype\":\"" + zaaktype + "\",\"naam\":\"e" + e
                        + "\",\"definitie\":\"Eigenschap\",\"specificatie\":{\"formaat\":\"tekst\",\"lengte\":\"20\","
                        + "\"kardinaliteit\":\"1\"}}"), 201);
            }
        }
        System.out.printf("catalogus with %d zaaktypen, %d statustypen, %d roltypen, %d eigenschappen built in %.1f s%n%n",
                zaaktypen, zaaktypen * 4, zaaktypen * 2, zaaktypen * 3, (System.nanoTime() - t0) / 1e9);

        Random random = new Random(42);
        Supplier<String> anyZaaktype = () -> zaaktypeUrls.get(random.nextInt(zaaktypeUrls.size()));
        System.out.printf("%d sequential requests per case, after %d warm-up requests%n%n", n, n / 3);
        System.out.printf("%-62s %8s %8s %8s %8s%n", "case", "p50 ms", "p90 ms", "p99 ms", "mean ms");
        run("GET zaaktype (detail)", n, () -> get(anyZaaktype.get(), token));
        run("GET zaaktype ?expand=statustypen,roltypen,eigenschappen", n,
                () -> get(anyZaaktype.get() + "?expand=statustypen,roltypen,eigenschappen", token));
        run("GET statustypen?zaaktype=... (list of 4)", n,
                () -> get(ztc + "/statustypen?status=alles&zaaktype=" + anyZaaktype.get(), token));
        run("GET zaaktypen?catalogus=...&status=alles (page of 100)", n / 10,
                () -> get(ztc + "/zaaktypen?status=alles&catalogus=" + catalogus, token));
        run("GET zaaktypen?identificatie=... (one of " + zaaktypen + ")", n,
                () -> get(ztc + "/zaaktypen?status=alles&identificatie=BENCH-" + random.nextInt(zaaktypen), token));
    }

    static String zaaktype(String catalogus, String identificatie) {
        return "{\"identificatie\":\"" + identificatie + "\",\"omschrijving\":\"Benchmark\","
                + "\"vertrouwelijkheidaanduiding\":\"openbaar\",\"doel\":\"d\",\"aanleiding\":\"a\","
                + "\"indicatieInternOfExtern\":\"extern\",\"handelingInitiator\":\"h\",\"onderwerp\":\"o\","
                + "\"handelingBehandelaar\":\"h\",\"doorlooptijd\":\"P30D\",\"opschortingEnAanhoudingMogelijk\":false,"
                + "\"verlengingMogelijk\":false,\"publicatieIndicatie\":false,\"productenOfDiensten\":[],"
                + "\"referentieproces\":{\"naam\":\"r\"},\"verantwoordelijke\":\"v\",\"catalogus\":\"" + catalogus
                + "\",\"besluittypen\":[],\"deelzaaktypen\":[],\"gerelateerdeZaaktypen\":[],"
                + "\"beginGeldigheid\":\"2024-01-01\",\"versiedatum\":\"2024-01-01\"}";
    }

    static void run(String name, int n, Supplier<HttpRequest> request) throws Exception {
        for (int i = 0; i < n / 3; i++) {
            send(request.get(), 200);
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            HttpRequest r = request.get();
            long t0 = System.nanoTime();
            send(r, 200);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf("%-62s %8.2f %8.2f %8.2f %8.2f%n", name, nanos[n / 2] / 1e6, nanos[n * 9 / 10] / 1e6,
                nanos[n * 99 / 100] / 1e6, mean);
    }

    static String send(HttpRequest r, int expected) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(r.uri() + " answered " + response.statusCode() + ": " + body);
        }
        return body;
    }

    static String url(String body) {
        Matcher m = URL.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no url in " + body);
        }
        return m.group(1);
    }

    static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
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
