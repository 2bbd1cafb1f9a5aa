package nl.zgw.testsupport.bench;

import nl.zgw.testsupport.http.ZgwJwt;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zaken API at municipal scale, measured as a user would (scripts/bench.sh runs it against the
 * suite as scripts/suite.sh starts it, after the demo has made a catalogus and a few zaken).
 *
 * <ol>
 *   <li>Loads zaken through SQL into the Zaken API's own schema until it holds {@code BENCH_ZAKEN}
 *       of them (default 1,000,000) over 100 zaaktypen (one the demo's real, published zaaktype)
 *       and the eight vertrouwelijkheidaanduidingen, each with the statussen, rollen and resultaat
 *       of a zaak the demo made through the API (its data and onderdelen copied, its identificatie,
 *       zaaktype and vertrouwelijkheid replaced); then VACUUM ANALYZE.</li>
 *   <li>Loads as many documents and besluiten ({@code BENCH_DOCUMENTEN}, default the number of zaken)
 *       into the Documenten and Besluiten APIs' schemas ({@link DocumentenEnBesluiten}).</li>
 *   <li>Makes a client (through the Autorisaties API) that may read 5 of the 100 zaaktypen.</li>
 *   <li>Drives each case over HTTP with wrk for {@code BENCH_SECONDS} (default 10) at 1 and at 16
 *       concurrent connections (after 2 s of warm-up) and prints p50/p95/p99, throughput and the ratio
 *       to the health endpoint measured in the same run; then the CPU each service used over the
 *       whole run (what authorisation costs: the Autorisaties API's share) and each service's RSS.
 *       The table is also written as Markdown to {@code BENCH_OUT} (default target/bench/zaken.md).</li>
 * </ol>
 */
public final class ZakenSchaal {

    private static final Pattern UUID_IN_URL = Pattern.compile("/zaken/([0-9a-f-]{36})");
    private static final String[] VERTROUWELIJKHEID = {"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk",
            "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim"};
    private static final int ZAAKTYPEN = 100;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> env;
    private final String zaken;
    private final String documenten;
    private final String besluiten;
    private final String autorisaties;
    private final String notificaties;
    private final String health;
    private final String clientId;
    private final String secret;
    private final String jdbcUrl;
    private final int seconds;
    private final List<String> table = new ArrayList<>();
    /** The wrk script (WRK_SCRIPT), written once beside the output. */
    private Path script;

    ZakenSchaal(Map<String, String> env) {
        this.env = env;
        zaken = env.getOrDefault("ZGW_BASE_URLS_ZAKEN", "http://localhost:8001/zaken/api/v1").replaceAll("/+$", "");
        documenten = env.getOrDefault("ZGW_BASE_URLS_DOCUMENTEN", "http://localhost:8003/documenten/api/v1")
                .replaceAll("/+$", "");
        besluiten = env.getOrDefault("ZGW_BASE_URLS_BESLUITEN", "http://localhost:8004/besluiten/api/v1")
                .replaceAll("/+$", "");
        autorisaties = env.getOrDefault("ZGW_BASE_URLS_AUTORISATIES", "http://localhost:8005/autorisaties/api/v1")
                .replaceAll("/+$", "");
        notificaties = env.getOrDefault("ZGW_BASE_URLS_NOTIFICATIES", "http://localhost:8006/notificaties/api/v1")
                .replaceAll("/+$", "");
        health = zaken.replaceAll("/zaken/api/v1$", "") + "/q/health/live";
        clientId = env.getOrDefault("SUITE_CLIENT_ID", "suite-admin");
        secret = env.get("SUITE_CLIENT_SECRET");
        jdbcUrl = env.getOrDefault("BENCH_JDBC_URL", "jdbc:postgresql://localhost:54329/zgw");
        seconds = Integer.parseInt(env.getOrDefault("BENCH_SECONDS", "10"));
    }

    public static void main(String[] args) throws Exception {
        new ZakenSchaal(System.getenv()).run(Long.parseLong(System.getenv().getOrDefault("BENCH_ZAKEN", "1000000")));
    }

    void run(long wanted) throws Exception {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("SUITE_CLIENT_SECRET is not set (in .suite/credentials)");
        }
        String token = ZgwJwt.sign(clientId, secret, "bench", "Benchmark");
        Template template;
        List<String> typen;
        long total;
        DocumentenEnBesluiten.Geladen anderen;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            template = template(db);
            typen = zaaktypen(template.zaaktype());
            total = load(db, template, typen, wanted);
            anderen = DocumentenEnBesluiten.load(db, Long.parseLong(env.getOrDefault("BENCH_DOCUMENTEN", String.valueOf(wanted))));
        }
        String beperkt = limitedClient(token, typen.subList(1, 6));
        long zichtbaar;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement s = db.prepareStatement("SELECT count(*) FROM zaken.zaak WHERE zaaktype = ANY(?)")) {
            s.setArray(1, db.createArrayOf("varchar", typen.subList(1, 6).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                zichtbaar = rs.getLong(1);
            }
        }
        List<String> sample = sample(token);

        System.out.printf(Locale.ROOT, "%n%,d zaken over %d zaaktypen; the limited client sees %,d of them (5 zaaktypen)%n",
                total, ZAAKTYPEN, zichtbaar);
        System.out.printf(Locale.ROOT, "%,d documents, %,d besluiten%n", anderen.documenten(), anderen.besluiten());
        System.out.printf(Locale.ROOT, "%-52s %7s %9s %9s %9s %9s %8s%n", "case", "clients", "p50 ms", "p95 ms",
                "p99 ms", "req/s", "x health");
        table.add("| case | clients | p50 ms | p95 ms | p99 ms | req/s | p50 / health p50 |");
        table.add("|---|---|---|---|---|---|---|");
        Map<Integer, Double> healthP50 = new LinkedHashMap<>();
        long lastPage = diepstePagina(total);
        String zaaktype = typen.get(7);
        String post = template.postBody();
        String zoek = "{\"bronorganisatie\":\"" + template.bronorganisatie() + "\",\"zaaktype__in\":[\""
                + String.join("\",\"", typen.subList(1, 6)) + "\"]}";
        script = Path.of(env.getOrDefault("BENCH_OUT", "target/bench/zaken.md")).toAbsolutePath().resolveSibling("meting.lua");
        Files.createDirectories(script.getParent());
        Files.writeString(script, WRK_SCRIPT);
        if (Boolean.parseBoolean(env.getOrDefault("BENCH_ALLEEN_PAD", "false"))) {
            // scripts/bench.sh --path: only the notification path, from an empty pipeline
            System.out.printf(Locale.ROOT, "pipeline empty after %d s%n", pijplijnLeeg());
            for (int clients : new int[]{1, 16}) {
                System.out.println(notificatiePad(clients, token, post));
            }
            return;
        }
        Path urls = Files.createTempFile("bench-zaken", ".txt");
        Files.write(urls, sample.stream().map(u -> URI.create(u).getRawPath()).toList());
        Path statussen = Files.createTempFile("bench-statussen", ".txt");
        Files.write(statussen, statusBodies(template));
        // the loaded zaken lie on a grid 0.002 degrees apart: this square holds 10 x 10 of its points
        String binnen = "{\"zaakgeometrie\":{\"within\":{\"type\":\"Polygon\",\"coordinates\":[[[4.0995,51.5195],"
                + "[4.1185,51.5195],[4.1185,51.5385],[4.0995,51.5385],[4.0995,51.5195]]]}}}";
        List<Case> cases = List.of(
                new Case("GET /zaken page 1, all rights", zaken + "/zaken", token, Map.of()),
                new Case("GET /zaken?page=" + lastPage + ", all rights", zaken + "/zaken?page=" + lastPage, token, Map.of()),
                new Case("GET /zaken page 1, client limited to 5 zaaktypen", zaken + "/zaken", beperkt, Map.of()),
                new Case("GET /zaken?zaaktype=..., all rights", zaken + "/zaken?zaaktype=" + zaaktype, token, Map.of()),
                // a month of a year ago (~1/120 of the loaded zaken): the zaken the POST cases make (startdatum
                // the day they ran) stay out of it on later days too, so every run counts the same matches
                new Case("GET /zaken?bronorganisatie=...&startdatum__gte=...&startdatum__lt=...", zaken + "/zaken?bronorganisatie="
                        + template.bronorganisatie() + "&startdatum__gte=" + LocalDate.now().minusDays(395)
                        + "&startdatum__lt=" + LocalDate.now().minusDays(365), token, Map.of()),
                // what archive tooling asks: nearly every zaak matches
                new Case("GET /zaken?archiefstatus=nog_te_archiveren, all rights", zaken
                        + "/zaken?archiefstatus=nog_te_archiveren", token, Map.of()),
                new Case("GET /zaken/{uuid}", zaken + "/zaken", token, Map.of("BENCH_URLS", urls.toString())),
                new Case("POST /zaken/_zoek (bronorganisatie, zaaktype__in of 5)", zaken + "/zaken/_zoek", token,
                        Map.of("BENCH_BODY", zoek)),
                new Case("POST /zaken/_zoek (zaakgeometrie within a square of 100)", zaken + "/zaken/_zoek", token,
                        Map.of("BENCH_BODY", binnen)),
                new Case("GET /zaken/{uuid}?expand=zaaktype,status,rollen,resultaat", zaken + "/zaken/"
                        + template.uuid() + "?expand=zaaktype,status,rollen,resultaat", token, Map.of()),
                new Case("POST /zaken (with its notification)", zaken + "/zaken", token, Map.of("BENCH_BODY", post)),
                new Case("POST /statussen (1,000 zaken, with its notification)", zaken + "/statussen", token,
                        Map.of("BENCH_BODIES", statussen.toString())),
                new Case("POST /enkelvoudiginformatieobjecten (4 KiB, with its notification)", documenten
                        + "/enkelvoudiginformatieobjecten", token, Map.of("BENCH_BODY", documentBody(anderen.document()))),
                new Case("GET /enkelvoudiginformatieobjecten page 1, all rights", documenten
                        + "/enkelvoudiginformatieobjecten", token, Map.of()),
                new Case("GET /enkelvoudiginformatieobjecten?page=1000, all rights", documenten
                        + "/enkelvoudiginformatieobjecten?page=" + diepstePagina(anderen.documenten()), token, Map.of()),
                new Case("GET /enkelvoudiginformatieobjecten/{uuid}/download", documenten + "/enkelvoudiginformatieobjecten/"
                        + anderen.document() + (anderen.documentHeeftInhoud() ? "/download" : ""), token, Map.of()),
                new Case("GET /besluiten page 1, all rights", besluiten + "/besluiten", token, Map.of()),
                new Case("GET /besluiten?page=1000, all rights", besluiten + "/besluiten?page="
                        + diepstePagina(anderen.besluiten()), token, Map.of()));
        // the services are measured warm, as they run for days: on two cores the JIT compiler takes
        // minutes of load before it leaves the cores to the requests
        int warmup = Integer.parseInt(env.getOrDefault("BENCH_WARMUP", "10"));
        if (warmup > 0) {
            System.out.printf(Locale.ROOT, "warming up: every case for %d s at 16 clients%n", warmup);
            for (Case c : cases) {
                wrk(16, warmup, c.url(), c.token(), c.extra());
            }
        }
        Map<String, long[]> cpuBefore = cpu();
        long machineBefore = machine();
        long started = System.nanoTime();
        for (int clients : new int[]{1, 16}) {
            double h = measure("GET /q/health/live (the HTTP limit)", clients, 0, health, null, Map.of());
            healthP50.put(clients, h);
            for (Case c : cases) {
                measure(c.name(), clients, h, c.url(), c.token(), c.extra());
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, long[]> cpuAfter = cpu();
        System.out.printf(Locale.ROOT, "%nCPU used over the %.0f s of measurement (of %d cores), and memory after it:%n",
                elapsed, Runtime.getRuntime().availableProcessors());
        table.add("");
        table.add("| service | CPU s | share of the machine | RSS MiB |");
        table.add("|---|---|---|---|");
        long machineTicks = machine() - machineBefore;
        long servicesTicks = 0;
        for (Map.Entry<String, long[]> e : cpuAfter.entrySet()) {
            long[] before = cpuBefore.getOrDefault(e.getKey(), new long[]{0, 0});
            servicesTicks += e.getValue()[0] - before[0];
            double cpuSeconds = (e.getValue()[0] - before[0]) / 100.0; // clock ticks of 1/100 s
            double share = cpuSeconds / elapsed / Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "  %-14s %7.1f s CPU (%4.1f%% of the machine)  RSS %4d MiB%n", e.getKey(),
                    cpuSeconds, share * 100, e.getValue()[1] / 1024);
            table.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f%% | %d |", e.getKey(), cpuSeconds, share * 100,
                    e.getValue()[1] / 1024));
        }
        double rest = (machineTicks - servicesTicks) / 100.0;
        System.out.printf(Locale.ROOT, "  %-14s %7.1f s CPU (%4.1f%% of the machine)%n", "the rest", rest,
                rest / elapsed / Runtime.getRuntime().availableProcessors() * 100);
        System.out.println("  (the rest: PostgreSQL, the load generator, the system)");
        table.add(String.format(Locale.ROOT, "| the rest (PostgreSQL, load generator) | %.1f | %.1f%% | |", rest,
                rest / elapsed / Runtime.getRuntime().availableProcessors() * 100));
        // after the CPU and memory figures, which cover the cases above only; from an empty pipeline, so
        // that the path is measured, not what the write cases above left in the outboxes
        long leeg = pijplijnLeeg();
        String leegRegel = leeg < 0 ? "The notifications of the cases above were not all sent within 300 s."
                : String.format(Locale.ROOT, "The notifications of the cases above were all sent %d s after the last case.", leeg);
        System.out.printf(Locale.ROOT, "%n%s%n", leegRegel);
        table.add("");
        table.add(leegRegel);
        String padKop = "| clients | zaken created/s | created | notified | p50 ms | p95 ms | p99 ms | max ms |";
        System.out.printf(Locale.ROOT, "%nThe notification path: POST /zaken until its notification reaches a subscriber"
                + " (from the change to the callback):%n%s%n", padKop);
        table.add("");
        table.add(padKop);
        table.add("|---|---|---|---|---|---|---|---|");
        for (int clients : new int[]{1, 16}) {
            String row = notificatiePad(clients, token, post);
            System.out.println(row);
            table.add(row);
        }
        Path out = Path.of(env.getOrDefault("BENCH_OUT", "target/bench/zaken.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, String.join("\n", table) + "\n");
        System.out.println("\nwritten to " + out);
    }

    /**
     * Seconds until no outbox of the suite holds a message and no delivery is due (-1: not within
     * 300 s; a delivery waiting out a backoff of more than a minute does not count).
     */
    private long pijplijnLeeg() throws InterruptedException {
        long begin = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            List<String> outboxen = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("SELECT table_schema FROM information_schema.tables "
                    + "WHERE table_name = 'notificatie_outbox'")) {
                while (rs.next()) {
                    outboxen.add(rs.getString(1));
                }
            }
            StringBuilder sql = new StringBuilder("SELECT (SELECT count(*) FROM notificaties.delivery WHERE status = "
                    + "'pending' AND next_attempt_at < now() + interval '1 minute')");
            outboxen.forEach(schema -> sql.append(" + (SELECT count(*) FROM ").append(schema)
                    .append(".notificatie_outbox WHERE parked_at IS NULL)"));
            while (System.nanoTime() - begin < Duration.ofSeconds(300).toNanos()) {
                try (ResultSet rs = db.createStatement().executeQuery(sql.toString())) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return Duration.ofNanos(System.nanoTime() - begin).toSeconds();
                    }
                }
                Thread.sleep(500);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outboxes: " + e.getMessage(), e);
        }
        return -1;
    }

    /**
     * POST /zaken for `seconds` at this many connections with a subscriber of kanaal zaken registered
     * (only during this case): how many zaken wrk saw created, how many notifications of zaken
     * changed while it ran reached the subscriber (a few more: those of requests still under way when
     * wrk stopped), and the time from each change to its callback. A row of the table.
     */
    private String notificatiePad(int clients, String token, String post) throws IOException, InterruptedException {
        try (NotificatiePad pad = NotificatiePad.start(http, notificaties, token)) {
            Map<String, String> body = Map.of("BENCH_BODY", post);
            wrk(clients, 2, zaken + "/zaken", token, body);
            pad.begin();
            String[] r = wrk(clients, seconds, zaken + "/zaken", token, body);
            pad.end();
            long created = Long.parseLong(r[1]) - Long.parseLong(r[3]) - Long.parseLong(r[4]);
            double took = Long.parseLong(r[2]) / 1e6;
            NotificatiePad.Ontvangen o = pad.await(created, Duration.ofSeconds(3), Duration.ofSeconds(60));
            return String.format(Locale.ROOT, "| %d | %.0f | %d | %d | %.1f | %.1f | %.1f | %.1f |", clients, created / took,
                    created, o.latencies().size(), o.percentile(50), o.percentile(95), o.percentile(99), o.percentile(100));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Loading

    /** A zaak the demo made through the API, with its onderdelen: what every loaded zaak is a copy of. */
    record Template(UUID uuid, String zaaktype, String bronorganisatie, String data) {
        String postBody() {
            return "{\"bronorganisatie\":\"" + bronorganisatie + "\",\"verantwoordelijkeOrganisatie\":\"" + bronorganisatie
                    + "\",\"zaaktype\":\"" + zaaktype + "\",\"startdatum\":\"" + LocalDate.now()
                    + "\",\"omschrijving\":\"Benchmark\"}";
        }
    }

    private Template template(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT z.uuid, z.zaaktype, z.bronorganisatie, z.data::text FROM zaken.zaak z "
                        + "WHERE z.identificatie NOT LIKE 'BENCH-%' AND z.einddatum IS NULL "
                        + "AND EXISTS (SELECT 1 FROM zaken.zaak_onderdeel o WHERE o.zaak = z.uuid AND o.soort = 'rol') "
                        + "ORDER BY (SELECT count(*) FROM zaken.zaak_onderdeel o WHERE o.zaak = z.uuid "
                        + "AND o.soort IN ('status', 'rol', 'resultaat')) DESC, z.volgorde LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("no zaak with a rol to copy: run scripts/suite.sh demo first");
            }
            return new Template(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4));
        }
    }

    /** The demo's zaaktype and 99 more URLs in the same Catalogi API (enough for data and autorisaties). */
    private static List<String> zaaktypen(String real) {
        String base = real.substring(0, real.lastIndexOf('/') + 1);
        List<String> typen = new ArrayList<>();
        typen.add(real);
        for (int i = 1; i < ZAAKTYPEN; i++) {
            typen.add(base + new UUID(0xbe9c4L, i));
        }
        return typen;
    }

    private long load(Connection db, Template template, List<String> typen, long wanted) throws SQLException {
        long present;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(substring(identificatie from 7)::bigint), 0) "
                     + "FROM zaken.zaak WHERE identificatie LIKE 'BENCH-%'")) {
            rs.next();
            present = rs.getLong(1);
            long next = rs.getLong(2);
            if (present >= wanted) {
                System.out.printf(Locale.ROOT, "%,d zaken loaded before; nothing to add%n", present);
                return total(db);
            }
            long started = System.nanoTime();
            Array types = db.createArrayOf("varchar", typen.toArray());
            Array levels = db.createArrayOf("varchar", VERTROUWELIJKHEID);
            long batch = 100_000;
            for (long from = next + 1; present < wanted; from += batch) {
                long to = from + Math.min(batch, wanted - present) - 1;
                try (PreparedStatement zaak = db.prepareStatement(
                        "INSERT INTO zaken.zaak (uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
                                + "vertrouwelijkheid_rank, startdatum, registratiedatum, einddatum, einddatum_gepland, "
                                + "uiterlijke_einddatum_afdoening, archiefnominatie, archiefstatus, archiefactiedatum, data, "
                                + "zaakgeometrie_bbox) "
                                + "SELECT gen_random_uuid(), 'BENCH-' || i, t.bronorganisatie, (?::varchar[])[1 + (i % 100)::int], "
                                + "(?::varchar[])[1 + (i % 8)::int], i % 8, current_date - (i % 3650)::int, current_date - (i % 3650)::int, "
                                + "t.einddatum, t.einddatum_gepland, t.uiterlijke_einddatum_afdoening, t.archiefnominatie, "
                                + "t.archiefstatus, t.archiefactiedatum, t.data || jsonb_build_object('identificatie', 'BENCH-' || i, "
                                + "'zaaktype', (?::varchar[])[1 + (i % 100)::int], 'vertrouwelijkheidaanduiding', (?::varchar[])[1 + (i % 8)::int], "
                                + "'startdatum', current_date - (i % 3650)::int, 'zaakgeometrie', jsonb_build_object('type', 'Point', "
                                + "'coordinates', jsonb_build_array(g.x, g.y))), box(point(g.x, g.y), point(g.x, g.y)) "
                                + "FROM generate_series(?::bigint, ?::bigint) AS i "
                                // a point of its own on a grid of 1000 x 1000 points 0.002 degrees apart
                                + "CROSS JOIN LATERAL (SELECT (4.0 + (i % 1000) * 0.002)::float8 AS x, "
                                + "(51.5 + ((i / 1000) % 1000) * 0.002)::float8 AS y) AS g, zaken.zaak t WHERE t.uuid = ?");
                     PreparedStatement onderdelen = db.prepareStatement(
                             "INSERT INTO zaken.zaak_onderdeel (uuid, soort, zaak, type, sleutel, subsoort, moment, data) "
                                     + "SELECT gen_random_uuid(), o.soort, z.uuid, o.type, o.sleutel, o.subsoort, o.moment, o.data "
                                     + "FROM zaken.zaak z, zaken.zaak_onderdeel o WHERE o.zaak = ? "
                                     + "AND o.soort IN ('status', 'rol', 'resultaat') "
                                     + "AND z.identificatie = ANY (SELECT 'BENCH-' || i FROM generate_series(?::bigint, ?::bigint) AS i) "
                                     + "AND z.bronorganisatie = ?")) {
                    zaak.setArray(1, types);
                    zaak.setArray(2, levels);
                    zaak.setArray(3, types);
                    zaak.setArray(4, levels);
                    zaak.setLong(5, from);
                    zaak.setLong(6, to);
                    zaak.setObject(7, template.uuid());
                    present += zaak.executeUpdate();
                    onderdelen.setObject(1, template.uuid());
                    onderdelen.setLong(2, from);
                    onderdelen.setLong(3, to);
                    onderdelen.setString(4, template.bronorganisatie());
                    onderdelen.executeUpdate();
                }
                System.out.printf(Locale.ROOT, "loaded %,d of %,d zaken (%.0f s)%n", present, wanted,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM ANALYZE zaken.zaak");
            s.execute("VACUUM ANALYZE zaken.zaak_onderdeel");
        }
        return total(db);
    }

    private static long total(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM zaken.zaak")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A client (a fresh client id each run) that may read zaken of these zaaktypen, up to zeer_geheim. */
    private String limitedClient(String token, List<String> typen) throws IOException, InterruptedException {
        String id = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String secretOfLimited = UUID.randomUUID() + "-" + UUID.randomUUID();
        StringBuilder grants = new StringBuilder();
        for (String type : typen) {
            grants.append(grants.isEmpty() ? "" : ",").append("{\"component\":\"zrc\",\"scopes\":[\"zaken.lezen\"],")
                    .append("\"zaaktype\":\"").append(type).append("\",\"maxVertrouwelijkheidaanduiding\":\"zeer_geheim\"}");
        }
        send(HttpRequest.newBuilder(URI.create(autorisaties + "/applicaties")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"clientIds\":[\"" + id + "\"],\"label\":\"Benchmark, 5 zaaktypen\",\"heeftAlleAutorisaties\":false,"
                                + "\"autorisaties\":[" + grants + "]}")).build(), 201);
        String beheer = autorisaties.replace("/autorisaties/api/v1", "/autorisaties/beheer/v1");
        send(HttpRequest.newBuilder(URI.create(beheer + "/credentials")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"clientId\":\"" + id + "\",\"secret\":\"" + secretOfLimited + "\"}")).build(), 201);
        return ZgwJwt.sign(id, secretOfLimited, "bench", "Benchmark");
    }

    /** 1,000 zaak URLs spread over the loaded zaken, for the detail reads. */
    private List<String> sample(String token) throws Exception {
        List<String> urls = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT uuid FROM zaken.zaak TABLESAMPLE SYSTEM (1) LIMIT 1000")) {
            while (rs.next()) {
                urls.add(zaken + "/zaken/" + rs.getObject(1, UUID.class));
            }
        }
        if (urls.isEmpty()) {
            String page = send(HttpRequest.newBuilder(URI.create(zaken + "/zaken")).header("Accept-Crs", "EPSG:4326")
                    .header("Authorization", "Bearer " + token).GET().build(), 200);
            Matcher m = UUID_IN_URL.matcher(page);
            while (m.find()) {
                urls.add(zaken + "/zaken/" + m.group(1));
            }
        }
        return urls;
    }

    /**
     * Bodies of POST /statussen: the first statustype the template zaak had (not its eindstatus: it is
     * open) for 1,000 open loaded zaken of the demo's zaaktype.
     */
    private List<String> statusBodies(Template template) throws SQLException {
        List<String> bodies = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement type = db.prepareStatement("SELECT type FROM zaken.zaak_onderdeel WHERE zaak = ? "
                     + "AND soort = 'status' ORDER BY moment, volgorde LIMIT 1");
             PreparedStatement open = db.prepareStatement("SELECT uuid FROM zaken.zaak WHERE zaaktype = ? "
                     + "AND identificatie LIKE 'BENCH-%' AND einddatum IS NULL LIMIT 1000")) {
            type.setObject(1, template.uuid());
            String statustype;
            try (ResultSet rs = type.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the zaak copied has no status: run scripts/suite.sh demo again");
                }
                statustype = rs.getString(1);
            }
            open.setString(1, template.zaaktype());
            String gezet = OffsetDateTime.now().withNano(0).toString();
            try (ResultSet rs = open.executeQuery()) {
                while (rs.next()) {
                    bodies.add("{\"zaak\":\"" + zaken + "/zaken/" + rs.getObject(1, UUID.class) + "\",\"statustype\":\""
                            + statustype + "\",\"datumStatusGezet\":\"" + gezet + "\"}");
                }
            }
        }
        return bodies;
    }

    /** A new document of 4 KiB of the demo document's informatieobjecttype and bronorganisatie. */
    private String documentBody(UUID voorbeeld) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement s = db.prepareStatement("SELECT informatieobjecttype, bronorganisatie "
                     + "FROM documenten.informatieobject WHERE uuid = ?")) {
            s.setObject(1, voorbeeld);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                byte[] inhoud = new byte[4096];
                Arrays.fill(inhoud, (byte) 'z');
                return "{\"bronorganisatie\":\"" + rs.getString(2) + "\",\"creatiedatum\":\"" + LocalDate.now()
                        + "\",\"titel\":\"Benchmark\",\"auteur\":\"Benchmark\",\"taal\":\"dut\",\"informatieobjecttype\":\""
                        + rs.getString(1) + "\",\"vertrouwelijkheidaanduiding\":\"openbaar\",\"bestandsnaam\":\"bench.txt\","
                        + "\"formaat\":\"text/plain\",\"inhoud\":\"" + Base64.getEncoder().encodeToString(inhoud) + "\"}";
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Measuring

    /** Page 1000 of a list of {@code total} (100 a page), or its last page when it has fewer. */
    private static long diepstePagina(long total) {
        return Math.max(1, Math.min(1000, (total + 99) / 100));
    }

    /** One case: a name for the table, the URL, the token (null: none) and what the wrk script reads. */
    record Case(String name, String url, String token, Map<String, String> extra) {
    }

    /**
     * wrk (a C load generator: little CPU of the machine's two cores goes to it) with a script that
     * picks a random path from BENCH_URLS, or POSTs BENCH_BODY, and prints its percentiles.
     */
    private static final String WRK_SCRIPT = """
            local paths = nil
            local bodies = nil
            local body = os.getenv("BENCH_BODY")
            local function lines(file)
              local all = {}
              for line in io.lines(file) do all[#all + 1] = line end
              return all
            end
            init = function(args)
              if os.getenv("BENCH_URLS") then paths = lines(os.getenv("BENCH_URLS")) end
              if os.getenv("BENCH_BODIES") then bodies = lines(os.getenv("BENCH_BODIES")) end
            end
            request = function()
              local path = wrk.path
              if paths then path = paths[math.random(#paths)] end
              if bodies then return wrk.format("POST", path, nil, bodies[math.random(#bodies)]) end
              if body then return wrk.format("POST", path, nil, body) end
              return wrk.format(nil, path)
            end
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("RESULT %d %d %d %d %.3f %.3f %.3f\\n", summary.requests, summary.duration,
                e.status, e.connect + e.read + e.write + e.timeout,
                latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
            end
            """;

    /** Runs the case for `seconds` with this many connections (after 2 s of warm-up); prints a row, returns the p50 in ms. */
    private double measure(String name, int clients, double healthP50, String url, String token, Map<String, String> extra)
            throws IOException, InterruptedException {
        wrk(clients, 2, url, token, extra);
        String[] r = wrk(clients, seconds, url, token, extra);
        long requests = Long.parseLong(r[1]);
        double took = Long.parseLong(r[2]) / 1e6;
        long wrongStatus = Long.parseLong(r[3]);
        long broken = Long.parseLong(r[4]);
        double p50 = Double.parseDouble(r[5]);
        double p95 = Double.parseDouble(r[6]);
        double p99 = Double.parseDouble(r[7]);
        double perSecond = (requests - wrongStatus - broken) / took;
        String ratio = healthP50 > 0 ? String.format(Locale.ROOT, "%.0f", p50 / healthP50) : "1";
        String failed = wrongStatus + broken > 0 ? "  (" + wrongStatus + " answered 4xx/5xx, " + broken + " failed)" : "";
        System.out.printf(Locale.ROOT, "%-52s %7d %9.2f %9.2f %9.2f %9.0f %8s%s%n", name, clients, p50, p95, p99,
                perSecond, ratio, failed);
        table.add(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.0f | %s |", name.replace("|", "\\|"),
                clients, p50, p95, p99, perSecond, ratio));
        return p50;
    }

    private String[] wrk(int clients, int duration, String url, String token, Map<String, String> extra)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(clients, 2), "-c" + clients,
                "-d" + duration + "s", "--timeout", "30s", "-s", script.toString(), "-H", "Accept-Crs: EPSG:4326"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        if (extra.containsKey("BENCH_BODY") || extra.containsKey("BENCH_BODIES")) {
            command.addAll(List.of("-H", "Content-Type: application/json", "-H", "Content-Crs: EPSG:4326"));
        }
        command.add(url);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(extra);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk gave no result for " + url + ":\n" + output))
                .split(" ");
    }

    private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + r.statusCode()
                    + ": " + r.body());
        }
        return r.body();
    }

    /** CPU clock ticks the whole machine spent working (user, nice, system, irq, softirq, steal). */
    private static long machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Per service of the suite (pid files in BENCH_PIDS, default .suite): {CPU clock ticks, RSS KiB}. */
    private Map<String, long[]> cpu() {
        Map<String, long[]> out = new LinkedHashMap<>();
        Path pids = Path.of(env.getOrDefault("BENCH_PIDS", ".suite"));
        for (String s : List.of("zaken", "catalogi", "documenten", "besluiten", "autorisaties", "notificaties")) {
            try {
                String pid = Files.readString(pids.resolve(s + ".pid")).trim();
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                long rss = Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                        .findFirst().orElse(0);
                out.put(s, new long[]{ticks, rss});
            } catch (IOException | RuntimeException absent) {
                // a service that does not run here (or PostgreSQL started elsewhere) is left out
            }
        }
        return out;
    }
}
