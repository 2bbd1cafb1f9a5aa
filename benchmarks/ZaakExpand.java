import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What cross-API {@code expand} costs in the Zaken API: one zaak with a rol, a status, a resultaat,
 * 20 documents (zaakinformatieobjecten) and 3 besluiten (mirrored as zaakbesluiten), read plainly
 * and expanded into the Catalogi, Documenten and Besluiten APIs. It plays the Selectielijst itself
 * (port SELECTIELIJST_PORT, default 18090), so start the suite pointing at it:
 *   CATALOGI_REFERENTIELIJSTEN_URL=http://localhost:18090/api/v1 scripts/suite.sh start
 *   source .suite/credentials; java benchmarks/ZaakExpand.java $client_id $SUITE_CLIENT_SECRET [requests] [clients]
 * (client_id is suite-admin). Each case runs <requests> times (default 200) one after the other,
 * after 20 warm-up requests, with one token; the last case runs the full expand from <clients>
 * threads at once (default 16; 0 skips it), 4 x <requests> in all. Before and after each case the
 * services' Prometheus endpoints (/q/metrics) are read and their http_server_requests_seconds_count
 * counters summed: the difference per measured request is how many calls one GET caused in each API
 * (Autorisaties: the token verification of ADR 0007 in every API that was called). Base URLs come
 * from ZAKEN_URL, CATALOGI_URL, DOCUMENTEN_URL, BESLUITEN_URL and AUTORISATIES_URL, with the suite's
 * defaults. Ends with a Markdown table for docs/performance.md.
 */
public class ZaakExpand {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final HttpClient METRICS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    static final Pattern URL = Pattern.compile("\"url\":\"([^\"]+)\"");
    static final int WARM_UP = 20;
    static final int DOCUMENTEN = 20;
    static final int BESLUITEN = 3;
    static final String RSIN = "123456782";
    static final String EXPAND_ZAAK = "zaaktype,status.statustype,rollen,resultaat,"
            + "zaakinformatieobjecten.informatieobject.informatieobjecttype";
    static final String EXPAND_BESLUITEN = "besluit.besluittype";

    /** The services whose request counters are read, in table order, with their /q/metrics URL. */
    static final Map<String, String> METRIC_URLS = new LinkedHashMap<>();

    /** One measured case: latency percentiles, throughput and remote calls per request by service. */
    record Result(String name, int requests, double p50, double p95, double p99, double perSecond,
                  Map<String, Double> calls) {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the Selectielijst's server thread would keep the JVM alive
    }

    static void run(String[] args) throws Exception {
        String clientId = args[0];
        String secret = args[1];
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        Map<String, String> env = System.getenv();
        String zrc = env.getOrDefault("ZAKEN_URL", "http://localhost:8001/zaken/api/v1");
        String ztc = env.getOrDefault("CATALOGI_URL", "http://localhost:8002/catalogi/api/v1");
        String drc = env.getOrDefault("DOCUMENTEN_URL", "http://localhost:8003/documenten/api/v1");
        String brc = env.getOrDefault("BESLUITEN_URL", "http://localhost:8004/besluiten/api/v1");
        String ac = env.getOrDefault("AUTORISATIES_URL", "http://localhost:8005/autorisaties/api/v1");
        METRIC_URLS.put("Zaken", metricsUrl(zrc));
        METRIC_URLS.put("Catalogi", metricsUrl(ztc));
        METRIC_URLS.put("Documenten", metricsUrl(drc));
        METRIC_URLS.put("Besluiten", metricsUrl(brc));
        METRIC_URLS.put("Autorisaties", metricsUrl(ac));
        String selectielijst = selectielijst(Integer.parseInt(env.getOrDefault("SELECTIELIJST_PORT", "18090")));
        String token = token(clientId, secret);

        // 1. the types: catalogus, informatieobjecttype, besluittype, zaaktype, all published
        long setup = System.nanoTime();
        String catalogus = url(send(post(ztc + "/catalogussen", token, "{\"domein\":\"X" + (1000 + new Random().nextInt(9000))
                + "\",\"rsin\":\"" + RSIN + "\",\"contactpersoonBeheerNaam\":\"Bench\"}"), 201));
        String iotOmschrijving = "Bijlage";
        String iot = url(send(post(ztc + "/informatieobjecttypen", token, "{\"catalogus\":\"" + catalogus
                + "\",\"omschrijving\":\"" + iotOmschrijving + "\",\"vertrouwelijkheidaanduiding\":\"openbaar\","
                + "\"beginGeldigheid\":\"2024-01-01\",\"informatieobjectcategorie\":\"bench\"}"), 200, 201));
        send(post(iot + "/publish", token, "{}"), 200);
        String besluittypeOmschrijving = "Vergunning";
        String besluittype = url(send(post(ztc + "/besluittypen", token, "{\"catalogus\":\"" + catalogus
                + "\",\"omschrijving\":\"" + besluittypeOmschrijving + "\",\"publicatieIndicatie\":false,"
                + "\"informatieobjecttypen\":[\"" + iotOmschrijving + "\"],\"beginGeldigheid\":\"2024-01-01\"}"), 200, 201));
        send(post(besluittype + "/publish", token, "{}"), 200);
        String zaaktype = url(send(post(ztc + "/zaaktypen", token,
                zaaktype(catalogus, selectielijst, besluittypeOmschrijving)), 201));
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
        send(post(ztc + "/zaaktype-informatieobjecttypen", token, "{\"zaaktype\":\"" + zaaktype
                + "\",\"informatieobjecttype\":\"" + iotOmschrijving + "\",\"volgnummer\":1,\"richting\":\"inkomend\"}"), 201);
        send(post(zaaktype + "/publish", token, "{}"), 200);

        // 2. one zaak with a rol, a status, 20 documents, 3 besluiten and a resultaat
        String zaak = url(send(post(zrc + "/zaken", token, "{\"bronorganisatie\":\"" + RSIN
                + "\",\"verantwoordelijkeOrganisatie\":\"" + RSIN + "\",\"zaaktype\":\"" + zaaktype
                + "\",\"startdatum\":\"2026-03-01\"}"), 201));
        send(post(zrc + "/rollen", token, "{\"zaak\":\"" + zaak + "\",\"betrokkeneType\":\"natuurlijk_persoon\","
                + "\"roltype\":\"" + roltype + "\",\"roltoelichting\":\"aanvrager\",\"betrokkeneIdentificatie\":"
                + "{\"inpBsn\":\"111222333\"}}"), 201);
        send(post(zrc + "/statussen", token, "{\"zaak\":\"" + zaak + "\",\"statustype\":\"" + statustypen.get(0)
                + "\",\"datumStatusGezet\":\"2026-03-02T10:00:00Z\"}"), 201);
        String inhoud = Base64.getEncoder().encodeToString("Een bijlage bij de aanvraag.".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= DOCUMENTEN; i++) {
            String document = url(send(post(drc + "/enkelvoudiginformatieobjecten", token, "{\"bronorganisatie\":\"" + RSIN
                    + "\",\"creatiedatum\":\"2026-03-02\",\"titel\":\"Bijlage " + i + "\",\"auteur\":\"bench\","
                    + "\"taal\":\"nld\",\"informatieobjecttype\":\"" + iot + "\",\"inhoud\":\"" + inhoud
                    + "\",\"bestandsnaam\":\"bijlage-" + i + ".txt\",\"formaat\":\"text/plain\"}"), 201));
            send(post(zrc + "/zaakinformatieobjecten", token, "{\"zaak\":\"" + zaak + "\",\"informatieobject\":\""
                    + document + "\"}"), 201);
        }
        for (int i = 0; i < BESLUITEN; i++) {
            send(post(brc + "/besluiten", token, "{\"verantwoordelijkeOrganisatie\":\"" + RSIN + "\",\"besluittype\":\""
                    + besluittype + "\",\"zaak\":\"" + zaak + "\",\"datum\":\"2026-03-05\",\"ingangsdatum\":\"2026-03-06\"}"), 201);
        }
        send(post(zrc + "/resultaten", token, "{\"zaak\":\"" + zaak + "\",\"resultaattype\":\"" + resultaattype + "\"}"), 201);
        System.out.printf("setup (types, 1 zaak, %d documents, %d besluiten) in %.1f s%n", DOCUMENTEN, BESLUITEN,
                (System.nanoTime() - setup) / 1e9);

        HttpRequest plain = get(zaak, token);
        HttpRequest expanded = get(zaak + "?expand=" + EXPAND_ZAAK, token);
        HttpRequest besluiten = get(zaak + "/besluiten?expand=" + EXPAND_BESLUITEN, token);
        checkExpanded(send(expanded, 200), send(besluiten, 200));

        // the creation above fired notifications and mirrors; wait until only our own scrapes count
        Map<String, Double> overhead = quiet();
        System.out.printf("%n%d sequential requests per case after %d warm-up requests, one token%n%n", n, WARM_UP);
        System.out.printf("%-48s %8s %8s %8s %8s   %s%n", "case", "p50 ms", "p95 ms", "p99 ms", "req/s",
                "calls per request: " + String.join(" / ", METRIC_URLS.keySet()));
        List<Result> results = new ArrayList<>();
        results.add(print(sequential("GET zaak", n, plain, overhead)));
        results.add(print(sequential("GET zaak ?expand=(5 paths, 20 documents)", n, expanded, overhead)));
        results.add(print(sequential("GET zaak/besluiten ?expand=besluit.besluittype", n, besluiten, overhead)));
        if (clients > 0) {
            results.add(print(concurrent("GET zaak ?expand=(5 paths), " + clients + " clients", clients, 4 * n,
                    expanded, overhead)));
        }

        System.out.printf("%nFor docs/performance.md (expand = %s; remote calls per request from the services' "
                + "http_server_requests_seconds_count, %d cores):%n%n", EXPAND_ZAAK, Runtime.getRuntime().availableProcessors());
        table(results);
    }

    // ---- cases ------------------------------------------------------------------------------------

    static Result sequential(String name, int n, HttpRequest request, Map<String, Double> overhead) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            send(request, 200);
        }
        Map<String, Double> before = scrape();
        long[] nanos = new long[n];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            send(request, 200);
            nanos[i] = System.nanoTime() - t0;
        }
        long wall = System.nanoTime() - start;
        Map<String, Double> after = scrape();
        return result(name, nanos, wall, calls(before, after, overhead, n));
    }

    /** {@code total} requests spread over {@code clients} threads, each sending one after the other. */
    static Result concurrent(String name, int clients, int total, HttpRequest request, Map<String, Double> overhead)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<long[]>> warmUp = new ArrayList<>();
            List<Callable<long[]>> measured = new ArrayList<>();
            int perClient = Math.max(1, total / clients);
            for (int c = 0; c < clients; c++) {
                warmUp.add(client(request, Math.max(2, WARM_UP / clients)));
                measured.add(client(request, perClient));
            }
            for (Future<long[]> f : pool.invokeAll(warmUp)) {
                f.get();
            }
            Map<String, Double> before = scrape();
            long start = System.nanoTime();
            List<Future<long[]>> futures = pool.invokeAll(measured);
            long wall = System.nanoTime() - start;
            Map<String, Double> after = scrape();
            long[] nanos = new long[perClient * clients];
            int at = 0;
            for (Future<long[]> f : futures) {
                long[] part = f.get(); // rethrows a failed request
                System.arraycopy(part, 0, nanos, at, part.length);
                at += part.length;
            }
            return result(name, nanos, wall, calls(before, after, overhead, nanos.length));
        } finally {
            pool.shutdownNow();
        }
    }

    static Callable<long[]> client(HttpRequest request, int requests) {
        return () -> {
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                send(request, 200);
                nanos[i] = System.nanoTime() - t0;
            }
            return nanos;
        };
    }

    static Result result(String name, long[] nanos, long wallNanos, Map<String, Double> calls) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Result(name, sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length / (wallNanos / 1e9), calls);
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static Result print(Result r) {
        List<String> calls = new ArrayList<>();
        r.calls().values().forEach(v -> calls.add(calls(v)));
        System.out.printf(Locale.ROOT, "%-48s %8.2f %8.2f %8.2f %8.1f   %s%n", r.name(), r.p50(), r.p95(), r.p99(),
                r.perSecond(), String.join(" / ", calls));
        return r;
    }

    static void table(List<Result> results) {
        StringBuilder head = new StringBuilder("| case | requests | p50 ms | p95 ms | p99 ms | req/s |");
        StringBuilder rule = new StringBuilder("|---|---:|---:|---:|---:|---:|");
        for (String service : METRIC_URLS.keySet()) {
            head.append(' ').append(service).append(" calls |");
            rule.append("---:|");
        }
        System.out.println(head);
        System.out.println(rule);
        for (Result r : results) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.1f |",
                    r.name(), r.requests(), r.p50(), r.p95(), r.p99(), r.perSecond()));
            r.calls().values().forEach(v -> row.append(' ').append(calls(v)).append(" |"));
            System.out.println(row);
        }
    }

    static String calls(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Prints a warning when an expanded answer does not hold what the setup made. */
    static void checkExpanded(String zaak, String besluiten) {
        String object = "\\{\\s*\""; // a non-empty object, not {} and not a URL string
        List<String> missing = new ArrayList<>();
        if (count(zaak, "\"zaaktype\"\\s*:\\s*" + object) < 1) {
            missing.add("zaaktype");
        }
        if (count(zaak, "\"statustype\"\\s*:\\s*" + object) < 1) {
            missing.add("status.statustype");
        }
        if (count(zaak, "\"rollen\"\\s*:\\s*\\[\\s*" + object) < 1) {
            missing.add("rollen");
        }
        if (count(zaak, "\"resultaat\"\\s*:\\s*" + object) < 1) {
            missing.add("resultaat");
        }
        int types = count(zaak, "\"_expand\"\\s*:\\s*\\{\\s*\"informatieobjecttype\"\\s*:\\s*" + object);
        if (types != DOCUMENTEN) {
            missing.add("zaakinformatieobjecten.informatieobject.informatieobjecttype (" + types + " of " + DOCUMENTEN + ")");
        }
        int besluittypen = count(besluiten, "\"_expand\"\\s*:\\s*\\{\\s*\"besluittype\"\\s*:\\s*" + object);
        if (besluittypen != BESLUITEN) {
            missing.add("zaakbesluiten besluit.besluittype (" + besluittypen + " of " + BESLUITEN + ")");
        }
        if (!missing.isEmpty()) {
            System.out.println("WARNING: not (fully) expanded: " + String.join(", ", missing)
                    + "; the numbers below do not measure the whole expand");
        }
    }

    static int count(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        int found = 0;
        while (m.find()) {
            found++;
        }
        return found;
    }

    // ---- metrics ----------------------------------------------------------------------------------

    static String metricsUrl(String base) {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getAuthority() + "/q/metrics";
    }

    /** The sum of every http_server_requests_seconds_count line per service; NaN when unreachable. */
    static Map<String, Double> scrape() {
        Map<String, Double> out = new LinkedHashMap<>();
        METRIC_URLS.forEach((service, url) -> out.put(service, requestCount(url)));
        return out;
    }

    static double requestCount(String url) {
        try {
            HttpResponse<String> response = METRICS.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/plain").timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Double.NaN;
            }
            double sum = 0;
            for (String line : response.body().split("\n")) {
                if (line.startsWith("http_server_requests_seconds_count{")) {
                    String[] tokens = line.trim().split("\\s+");
                    sum += Double.parseDouble(tokens[tokens.length - 1]);
                }
            }
            return sum;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** (after - before - what a scrape itself adds) per request, per service. */
    static Map<String, Double> calls(Map<String, Double> before, Map<String, Double> after, Map<String, Double> overhead,
                                     int requests) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String service : METRIC_URLS.keySet()) {
            double b = before.get(service);
            double a = after.get(service);
            double o = overhead.getOrDefault(service, 0.0);
            out.put(service, Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : (a - b - o) / requests);
        }
        return out;
    }

    /**
     * Waits (at most 30 s) until no service counts anything but our scrapes: three scrapes half a
     * second apart that grow by the same step of at most one. That step is what a scrape adds to the
     * counters (0 when Quarkus leaves /q/metrics out of them), subtracted from every case.
     */
    static Map<String, Double> quiet() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Map<String, Double> step = new LinkedHashMap<>();
        while (true) {
            Map<String, Double> a = scrape();
            Thread.sleep(500);
            Map<String, Double> b = scrape();
            Thread.sleep(500);
            Map<String, Double> c = scrape();
            boolean still = true;
            step.clear();
            for (String service : METRIC_URLS.keySet()) {
                double first = b.get(service) - a.get(service);
                double second = c.get(service) - b.get(service);
                if (Double.isNaN(first) || Double.isNaN(second)) {
                    continue; // unreachable: n/a in the results
                }
                step.put(service, second);
                still &= first == second && second <= 1;
            }
            if (still) {
                if (step.values().stream().anyMatch(v -> v > 0)) {
                    System.out.println("a metrics scrape counts itself; subtracted: " + step);
                }
                return step;
            }
            if (System.nanoTime() > deadline) {
                System.out.println("WARNING: the services are still busy after 30 s (" + step
                        + " requests per half second); remote call counts include that background traffic");
                step.replaceAll((service, v) -> Math.min(v, 1.0));
                return step;
            }
        }
    }

    // ---- the Selectielijst and the types ----------------------------------------------------------

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
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return base;
    }

    static String zaaktype(String catalogus, String selectielijst, String besluittype) {
        return "{\"identificatie\":\"ZEXP-" + System.nanoTime() + "\",\"omschrijving\":\"Expand benchmark\","
                + "\"vertrouwelijkheidaanduiding\":\"openbaar\",\"doel\":\"d\",\"aanleiding\":\"a\","
                + "\"indicatieInternOfExtern\":\"extern\",\"handelingInitiator\":\"h\",\"onderwerp\":\"o\","
                + "\"handelingBehandelaar\":\"h\",\"doorlooptijd\":\"P30D\",\"opschortingEnAanhoudingMogelijk\":false,"
                + "\"verlengingMogelijk\":false,\"publicatieIndicatie\":false,\"productenOfDiensten\":[],"
                + "\"selectielijstProcestype\":\"" + selectielijst + "/procestypen/1\","
                + "\"referentieproces\":{\"naam\":\"r\"},\"verantwoordelijke\":\"v\",\"catalogus\":\"" + catalogus
                + "\",\"besluittypen\":[\"" + besluittype + "\"],\"deelzaaktypen\":[],\"gerelateerdeZaaktypen\":[],"
                + "\"beginGeldigheid\":\"2024-01-01\",\"versiedatum\":\"2024-01-01\"}";
    }

    // ---- HTTP -------------------------------------------------------------------------------------

    static String send(HttpRequest r, int... expected) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (Arrays.stream(expected).noneMatch(s -> s == response.statusCode())) {
            throw new IllegalStateException(r.method() + " " + r.uri() + " answered " + response.statusCode() + ": " + body);
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
