package nl.zgw.systemtests;

import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.testsupport.postgres.PostgresTestResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Packaged services of the suite on one PostgreSQL, as they run in production: the Autorisaties
 * API with two clients (an administrator and the services' own client, both with every right,
 * ADR 0016), and the services asked for, each on a port of its own, knowing each other's base URLs.
 * Notifications are not sent (no Notificaties API runs); the Selectielijst is a local HTTP server.
 */
final class Suite implements AutoCloseable {

    static final String ADMIN = "system-admin";
    private static final String ADMIN_SECRET = "system-admin-secret-" + UUID.randomUUID();
    private static final String SERVICES = "zgw-suite";
    private static final String SERVICES_SECRET = "services-secret-" + UUID.randomUUID();
    private static final List<String> ALL = List.of("autorisaties", "catalogi", "zaken", "documenten", "besluiten",
            "notificaties");

    final Selectielijst selectielijst;
    final Map<String, String> common;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, SuiteProcess> processes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> envs = new HashMap<>();

    private Suite(Selectielijst selectielijst, Map<String, String> common) {
        this.selectielijst = selectielijst;
        this.common = common;
    }

    /**
     * Starts the Autorisaties API and {@code components} (e.g. {@code catalogi}, {@code zaken}) on
     * database {@code database}, with {@code env} for every service and {@code baseUrls} overriding
     * the base URL of an API (e.g. a proxy in front of it).
     */
    static Suite start(String database, Map<String, String> env, Map<String, String> baseUrls, String... components)
            throws Exception {
        return start(database, env, baseUrls, Map.of(), components);
    }

    /** As {@link #start(String, Map, Map, String...)}, with {@code perComponent} env for one component only. */
    static Suite start(String database, Map<String, String> env, Map<String, String> baseUrls,
                       Map<String, Map<String, String>> perComponent, String... components) throws Exception {
        Selectielijst selectielijst = Selectielijst.start();
        PostgresTestResource pg = new PostgresTestResource();
        pg.init(Map.of("database", database));
        Map<String, String> db = pg.start();
        Map<String, Integer> ports = new LinkedHashMap<>();
        ALL.forEach(c -> ports.put(c, freePort()));
        Map<String, String> common = SuiteProcess.env(
                "QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"),
                "ZGW_AUTH_CLIENT_ID", SERVICES,
                "ZGW_AUTH_CLIENT_SECRET", SERVICES_SECRET,
                "ZGW_OUTBOX_ENABLED", "false",
                "CATALOGI_REFERENTIELIJSTEN_URL", selectielijst.base,
                "ZGW_ABONNEMENTEN_SECRET", "callback-secret-" + UUID.randomUUID());
        for (String c : ALL) {
            common.put("ZGW_BASE_URLS_" + c.toUpperCase(), baseUrls.getOrDefault(c,
                    "http://localhost:" + ports.get(c) + "/" + c + "/api/v1"));
        }
        common.putAll(env);
        Suite suite = new Suite(selectielijst, common);
        suite.ports.putAll(ports);
        Path setup = Files.createTempFile("setup", ".json");
        Files.writeString(setup, """
                {"credentials": [{"clientId": "%s", "secret": "%s"}, {"clientId": "%s", "secret": "%s"}],
                 "applicaties": [
                   {"label": "Beheer", "clientIds": ["%s"], "heeftAlleAutorisaties": true},
                   {"label": "Services", "clientIds": ["%s"], "heeftAlleAutorisaties": true}]}
                """.formatted(ADMIN, ADMIN_SECRET, SERVICES, SERVICES_SECRET, ADMIN, SERVICES));
        Map<String, String> acEnv = new HashMap<>(common);
        acEnv.putAll(SuiteProcess.env("ZGW_AUTORISATIES_SECRET_KEY",
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32).getBytes()),
                "ZGW_AUTORISATIES_SETUP_FILE", setup));
        suite.envs.put("autorisaties", acEnv);
        suite.start("autorisaties", acEnv).awaitReady(Duration.ofSeconds(90));
        List<SuiteProcess> started = new ArrayList<>();
        for (String c : components) {
            Map<String, String> own = new HashMap<>(common);
            if (c.equals("documenten")) {
                own.put("ZGW_DOCUMENTEN_OPSLAG_MAP", Files.createTempDirectory("documenten-inhoud").toString());
            }
            own.putAll(perComponent.getOrDefault(c, Map.of()));
            suite.envs.put(c, own);
            started.add(suite.start(c, own));
        }
        for (SuiteProcess p : started) {
            p.awaitReady(Duration.ofSeconds(120));
        }
        return suite;
    }

    SuiteProcess process(String component) {
        return processes.get(component);
    }

    /** The port a component listens on (also while it is down). */
    int port(String component) {
        return ports.get(component);
    }

    /** Kills a component (SIGKILL) and starts it again with {@code extraEnv} added; ready when this returns. */
    SuiteProcess restart(String component, boolean kill, Map<String, String> extraEnv) throws Exception {
        SuiteProcess old = processes.remove(component);
        if (kill) {
            old.kill();
        } else {
            old.close();
        }
        Map<String, String> env = new HashMap<>(envs.get(component));
        env.putAll(extraEnv);
        SuiteProcess p = start(component, env);
        p.awaitReady(Duration.ofSeconds(120));
        return p;
    }

    /** Kills a component (SIGKILL), as a crashed pod. */
    void kill(String component) throws Exception {
        processes.remove(component).kill();
    }

    /** Starts a killed component again, with {@code extraEnv} added; ready when this returns. */
    SuiteProcess startAgain(String component, Map<String, String> extraEnv) throws Exception {
        Map<String, String> env = new HashMap<>(envs.get(component));
        env.putAll(extraEnv);
        SuiteProcess p = start(component, env);
        p.awaitReady(Duration.ofSeconds(120));
        return p;
    }

    private SuiteProcess start(String component, Map<String, String> env) throws Exception {
        SuiteProcess p = SuiteProcess.start(component, env, ports.get(component));
        processes.put(component, p);
        return p;
    }

    /** The administrator: every right. */
    static RequestSpecification admin() {
        return given().auth().oauth2(ZgwTokenSigner.sign(ADMIN, ADMIN_SECRET, "", "")).contentType("application/json")
                .header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326");
    }

    private static int freePort() {
        try {
            return SuiteProcess.freePort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        for (SuiteProcess p : processes.values()) {
            p.close();
        }
        selectielijst.close();
    }
}
