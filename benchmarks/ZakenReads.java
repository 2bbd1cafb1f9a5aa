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
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zaken API's everyday calls on a zaaktype of the real Catalogi API. It plays the Selectielijst
 * itself (port SELECTIELIJST_PORT, default 18090), so start the suite pointing at it:
 *   CATALOGI_REFERENTIELIJSTEN_URL=http://localhost:18090/api/v1 scripts/suite.sh start
 *   source .suite/credentials; java benchmarks/ZakenReads.java $client_id $SUITE_CLIENT_SECRET [zaken] [requests]
 * Publishes a zaaktype, creates <zaken> zaken (default 2,000) each with a rol (a BSN), a status and a
 * point, then measures sequential requests (one token reused) and prints percentiles; last it closes
 * zaken (resultaat + eindstatus, with the archive fields derived).
 */
public class ZakenReads {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern URL = Pattern.compile("\"url\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String clientId = args[0];
        String secret = args[1];
        int zaken = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        String ztc = System.getenv().getOrDefault("CATALOGI_URL", "http://localhost:8002/catalogi/api/v1");
        String zrc = System.getenv().getOrDefault("ZAKEN_URL", "http://localhost:8001/zaken/api/v1");
        String selectielijst = selectielijst(Integer.parseInt(System.getenv().getOrDefault("SELECTIELIJST_PORT", "18090")));
        String token = token(clientId, secret);

        String rsin = "123456782";
        String catalogus = url(send(post(ztc + "/catalogussen", token, "{\"domein\":\"Z" + (1000 + new Random().nextInt(9000)) + "\",\"rsin\":\"" + rsin
                + "\",\"contactpersoonBeheerNaam\":\"Bench\"}"), 201));
        String zaaktype = url(send(post(ztc + "/zaaktypen", token, zaaktype(catalogus, selectielijst)), 201));
        List<String> statustypen = new ArrayList<>();
        for (int s = 1; s <= 2; s++) {
            statustypen.add(url(send(post(ztc + "/statustypen", token, "{\"zaaktype\":\"" + zaaktype
                    + "\",\"omschrijving\":\"Status " + s + "\",\"volgnummer\":" + s + "}"), 201)));
        }
        String roltype = url(send(post(ztc + "/roltypen", token, "{\"zaaktype\":\"" + zaaktype
                + "\",\"omschrijving\":\"Aanvrager\",\"omschrijvingGeneriek\":\"initiator\"}"), 201));
        String resultaattype = url(send(post(ztc + "/resultaattypen", token, "{\"zaaktype\":\"" + zaaktype
                + "\",\"omschrijving\":\"Toegekend\",\"resultaattypeomschrijving\":\"" + selectielijst
                + "/resultaattypeomschrijvingen/1\",\"selectielijstklasse\":\"" + selectielijst + "/resultaten/1\","
                + "\"brondatumArchiefprocedure\":{\"afleidingswijze\":\"afgehandeld\"}}"), 201));
        send(post(zaaktype + "/publish", token, "{}"), 200);

        Random random = new Random(42);
        List<String> zaakUrls = new ArrayList<>();
        long[] create = new long[3];
        for (int i = 0; i < zaken; i++) {
            long t0 = System.nanoTime();
            String zaak = url(send(post(zrc + "/zaken", token, "{\"bronorganisatie\":\"" + rsin
                    + "\",\"verantwoordelijkeOrganisatie\":\"" + rsin + "\",\"zaaktype\":\"" + zaaktype
                    + "\",\"startdatum\":\"2026-03-01\",\"zaakgeometrie\":{\"type\":\"Point\",\"coordinates\":["
                    + (4 + random.nextDouble()) + "," + (52 + random.nextDouble()) + "]}}"), 201));
            long t1 = System.nanoTime();
            send(post(zrc + "/rollen", token, "{\"zaak\":\"" + zaak + "\",\"betrokkeneType\":\"natuurlijk_persoon\","
                    + "\"roltype\":\"" + roltype + "\",\"roltoelichting\":\"aanvrager\",\"betrokkeneIdentificatie\":"
                    + "{\"inpBsn\":\"" + String.format("%09d", i) + "\"}}"), 201);
            long t2 = System.nanoTime();
            send(post(zrc + "/statussen", token, "{\"zaak\":\"" + zaak + "\",\"statustype\":\"" + statustypen.get(0)
                    + "\",\"datumStatusGezet\":\"2026-03-02T10:00:00Z\"}"), 201);
            long t3 = System.nanoTime();
            create[0] += t1 - t0;
            create[1] += t2 - t1;
            create[2] += t3 - t2;
            zaakUrls.add(zaak);
        }
        System.out.printf("%d zaken with a rol and a status: mean create zaak %.1f ms, rol %.1f ms, status %.1f ms%n%n",
                zaken, create[0] / 1e6 / zaken, create[1] / 1e6 / zaken, create[2] / 1e6 / zaken);

        Supplier<String> anyZaak = () -> zaakUrls.get(random.nextInt(zaakUrls.size()));
        String gebied = "{\"zaakgeometrie\":{\"within\":{\"type\":\"Polygon\",\"coordinates\":[[[4.4,52.4],[4.6,52.4],"
                + "[4.6,52.6],[4.4,52.6],[4.4,52.4]]]}},\"zaaktype\":\"" + zaaktype + "\"}";
        System.out.printf("%d sequential requests per case, after %d warm-up requests%n%n", n, n / 3);
        System.out.printf("%-62s %8s %8s %8s %8s%n", "case", "p50 ms", "p90 ms", "p99 ms", "mean ms");
        run("GET zaak (detail)", n, () -> get(anyZaak.get(), token), 200);
        run("GET zaak ?expand=status,rollen,zaaktype", n,
                () -> get(anyZaak.get() + "?expand=status,rollen,zaaktype", token), 200);
        run("GET zaken?zaaktype=... (page of 100)", n / 5,
                () -> get(zrc + "/zaken?zaaktype=" + zaaktype, token), 200);
        run("GET zaken?rol__...__inpBsn=... (one of " + zaken + ")", n, () -> get(zrc
                + "/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn="
                + String.format("%09d", random.nextInt(zaken)), token), 200);
        run("GET statussen?zaak=...", n, () -> get(zrc + "/statussen?zaak=" + anyZaak.get(), token), 200);
        run("POST zaken/_zoek zaakgeometrie.within (~4% of the zaken)", n / 5,
                () -> post(zrc + "/zaken/_zoek", token, gebied), 200);
        int sluiten = Math.min(200, zaken);
        long t0 = System.nanoTime();
        for (int i = 0; i < sluiten; i++) {
            String zaak = zaakUrls.get(i);
            send(post(zrc + "/resultaten", token, "{\"zaak\":\"" + zaak + "\",\"resultaattype\":\"" + resultaattype
                    + "\"}"), 201);
            send(post(zrc + "/statussen", token, "{\"zaak\":\"" + zaak + "\",\"statustype\":\"" + statustypen.get(1)
                    + "\",\"datumStatusGezet\":\"2026-06-30T12:00:00Z\"}"), 201);
        }
        System.out.printf("%nclosing a zaak (resultaat + eindstatus, archive fields derived): mean %.1f ms over %d%n",
                (System.nanoTime() - t0) / 1e6 / sluiten, sluiten);
        System.exit(0);
    }

    /** One procestype, one resultaat of it and one resultaattypeomschrijving: what a zaaktype needs. */
    static String selectielijst(int port) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        String base = "http://localhost:" + port + "/api/v1";
        Map<String, String> objects = Map.of(
                "/api/v1/procestypen/1", "{\"url\": \"" + base + "/procestypen/1\", \"nummer\": 1}",
                "/api/v1/resultaten/1", "{\"url\": \"" + base + "/resultaten/1\", \"procesType\": \"" + base
                        + "/procestypen/1\", \"waardering\": \"vernietigen\", \"procestermijn\": \"nihil\", "
                        + "\"bewaartermijn\": \"P10Y\"}",
                "/api/v1/resultaattypeomschrijvingen/1", "{\"url\": \"" + base
                        + "/resultaattypeomschrijvingen/1\", \"omschrijving\": \"Toegekend\"}");
        server.createContext("/api/v1/", exchange -> {
            String body = objects.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return base;
    }

    static String zaaktype(String catalogus, String selectielijst) {
        return "{\"identificatie\":\"ZBENCH-" + System.nanoTime() + "\",\"omschrijving\":\"Benchmark\","
                + "\"vertrouwelijkheidaanduiding\":\"openbaar\",\"doel\":\"d\",\"aanleiding\":\"a\","
                + "\"indicatieInternOfExtern\":\"extern\",\"handelingInitiator\":\"h\",\"onderwerp\":\"o\","
                + "\"handelingBehandelaar\":\"h\",\"doorlooptijd\":\"P30D\",\"opschortingEnAanhoudingMogelijk\":false,"
                + "\"verlengingMogelijk\":false,\"publicatieIndicatie\":false,\"productenOfDiensten\":[],"
                + "\"selectielijstProcestype\":\"" + selectielijst + "/procestypen/1\","
                + "\"referentieproces\":{\"naam\":\"r\"},\"verantwoordelijke\":\"v\",\"catalogus\":\"" + catalogus
                + "\",\"besluittypen\":[],\"deelzaaktypen\":[],\"gerelateerdeZaaktypen\":[],"
                + "\"beginGeldigheid\":\"2024-01-01\",\"versiedatum\":\"2024-01-01\"}";
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
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept-Crs", "EPSG:4326").GET().build();
    }

    static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326")
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
