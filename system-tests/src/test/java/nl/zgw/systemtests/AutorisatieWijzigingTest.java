package nl.zgw.systemtests;

import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change made through the Autorisaties API is in force in every service for the very next
 * request: two replicas of the Autorisaties API and two of the Notificaties API (each asking a
 * different Autorisaties replica), all real packaged services on one PostgreSQL. Every check
 * below is made right after the change's response, with no waiting.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutorisatieWijzigingTest {

    private static final String ADMIN = "system-admin";
    private static final String ADMIN_SECRET = "system-admin-secret-" + UUID.randomUUID();
    private static final String SERVICES = "zgw-suite";
    private static final String SERVICES_SECRET = "services-secret-" + UUID.randomUUID();

    private static final List<SuiteProcess> PROCESSES = new ArrayList<>();
    private static SuiteProcess ac1;
    private static SuiteProcess ac2;
    private static SuiteProcess nrc1;
    private static SuiteProcess nrc2;
    private static int nrc1Port;
    private static int nrc2Port;
    private static Map<String, String> nrcCommon;

    private static final String CLIENT = "systeem-" + UUID.randomUUID().toString().substring(0, 8);
    private static String secret;
    private static String applicatie;

    @BeforeAll
    static void startTheServices() throws Exception {
        PostgresTestResource pg = new PostgresTestResource();
        pg.init(Map.of("database", "system"));
        Map<String, String> db = pg.start();
        Path setup = Files.createTempFile("setup", ".json");
        Files.writeString(setup, """
                {"credentials": [{"clientId": "%s", "secret": "%s"}, {"clientId": "%s", "secret": "%s"}],
                 "applicaties": [
                   {"label": "Beheer", "clientIds": ["%s"], "heeftAlleAutorisaties": true},
                   {"label": "Services", "clientIds": ["%s"], "heeftAlleAutorisaties": false,
                    "autorisaties": [{"component": "ac", "scopes": ["autorisaties.lezen"]},
                                     {"component": "nrc", "scopes": ["notificaties.publiceren"]}]}]}
                """.formatted(ADMIN, ADMIN_SECRET, SERVICES, SERVICES_SECRET, ADMIN, SERVICES));
        String key = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32).getBytes());
        Map<String, String> common = SuiteProcess.env(
                "QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"),
                "ZGW_AUTH_CLIENT_ID", SERVICES,
                "ZGW_AUTH_CLIENT_SECRET", SERVICES_SECRET);

        nrc1Port = SuiteProcess.freePort();
        nrc2Port = SuiteProcess.freePort();
        Map<String, String> ac = new java.util.HashMap<>(common);
        ac.putAll(SuiteProcess.env("ZGW_AUTORISATIES_SECRET_KEY", key, "ZGW_AUTORISATIES_SETUP_FILE", setup,
                // each Autorisaties replica sends its outbox to one Notificaties replica
                "ZGW_BASE_URLS_NOTIFICATIES", "http://localhost:" + nrc1Port + "/notificaties/api/v1",
                "ZGW_OUTBOX_INITIAL_BACKOFF", "200ms", "ZGW_OUTBOX_MAX_BACKOFF", "2s"));
        ac1 = started(SuiteProcess.start("autorisaties", ac));
        ac1.awaitReady(Duration.ofSeconds(90)); // the first one migrates the schema and applies the setup
        ac2 = started(SuiteProcess.start("autorisaties", ac));
        nrcCommon = common;
        nrc1 = started(SuiteProcess.start("notificaties", withAutorisaties(common, ac1), nrc1Port));
        nrc2 = started(SuiteProcess.start("notificaties", withAutorisaties(common, ac2), nrc2Port));
        for (SuiteProcess p : List.of(ac2, nrc1, nrc2)) {
            p.awaitReady(Duration.ofSeconds(90));
        }
    }

    private static Map<String, String> withAutorisaties(Map<String, String> common, SuiteProcess ac) {
        Map<String, String> env = new java.util.HashMap<>(common);
        env.put("ZGW_BASE_URLS_AUTORISATIES", ac.url("/autorisaties/api/v1"));
        return env;
    }

    private static SuiteProcess started(SuiteProcess p) {
        PROCESSES.add(p);
        return p;
    }

    @AfterAll
    static void stopTheServices() throws Exception {
        for (SuiteProcess p : PROCESSES) {
            p.close();
        }
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(ZgwTokenSigner.sign(ADMIN, ADMIN_SECRET, "", "")).contentType("application/json");
    }

    private static RequestSpecification client(String withSecret) {
        return given().auth().oauth2(ZgwTokenSigner.sign(CLIENT, withSecret, "", "")).contentType("application/json");
    }

    private static Map<String, Object> nrc(String... scopes) {
        return Map.of("component", "nrc", "scopes", List.of(scopes));
    }

    private static String kanaal() {
        return "k-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Changes of applicaties reach a subscriber of kanaal autorisaties, also those made while the
     * Notificaties API is down: they wait in the outbox. The 6 changes made during the outage
     * arrive exactly once (docs/adr/0008: 0 duplicates): no process is killed here and the
     * outbox cannot send while the Notificaties API is down. Delivery is at least once, so the one
     * notification that can come twice is the create made before the outage, when the
     * Notificaties API is stopped between calling the subscriber and recording the delivery.
     */
    @Test
    @Order(0)
    void notificationsOfAutorisatiesReachSubscribersEvenAcrossAnOutage() throws Exception {
        try (Subscriber subscriber = Subscriber.start()) {
            await(() -> admin().get(nrc1.url("/notificaties/api/v1/kanaal?naam=autorisaties")).then()
                    .extract().jsonPath().getList("$").size() == 1);
            String abonnement = admin().body(Map.of("callbackUrl", subscriber.url(), "auth", "Bearer systeemtest",
                            "kanalen", List.of(Map.of("naam", "autorisaties"))))
                    .post(nrc1.url("/notificaties/api/v1/abonnement")).then().statusCode(201).extract().path("url");

            String before = admin().body(Map.of("clientIds", List.of("voor-" + UUID.randomUUID().toString().substring(0, 8)),
                            "label", "Voor de storing", "heeftAlleAutorisaties", true))
                    .post(ac1.url("/autorisaties/api/v1/applicaties")).then().statusCode(201).extract().path("url");
            await(() -> subscriber.count(before) >= 1);

            // the Notificaties API goes down; changes go on
            nrc1.close();
            nrc2.close();
            PROCESSES.remove(nrc1);
            PROCESSES.remove(nrc2);
            List<String> during = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                during.add(admin().body(Map.of("clientIds", List.of("tijdens-" + UUID.randomUUID().toString().substring(0, 8)),
                                "label", "Tijdens de storing " + i, "heeftAlleAutorisaties", true))
                        .post(ac1.url("/autorisaties/api/v1/applicaties")).then().statusCode(201).extract().path("url"));
            }
            admin().body(Map.of("label", "Gewijzigd tijdens de storing"))
                    .patch(ac1.url(before.substring(before.indexOf("/autorisaties/")))).then().statusCode(200);
            Thread.sleep(3_000);

            nrc1 = started(SuiteProcess.start("notificaties", withAutorisaties(nrcCommon, ac1), nrc1Port));
            nrc2 = started(SuiteProcess.start("notificaties", withAutorisaties(nrcCommon, ac2), nrc2Port));
            nrc1.awaitReady(Duration.ofSeconds(90));
            nrc2.awaitReady(Duration.ofSeconds(90));
            for (String url : during) {
                await(() -> subscriber.count(url, "create") >= 1);
            }
            await(() -> subscriber.count(before, "partial_update") >= 1);
            // nothing stored is still to be delivered, so the counts below are final; the subscriber
            // may also get the setup file's applicaties, which are not counted
            String pending = SuiteFixtures.pendingDeliveries(nrc1, abonnement);
            await(() -> admin().get(pending).then().statusCode(200).extract().jsonPath().getList("$").isEmpty());

            long received = subscriber.count(before, "create") + subscriber.count(before, "partial_update");
            for (String url : during) {
                assertThat(subscriber.count(url, "create")).as("create of %s, made during the outage", url).isEqualTo(1);
                received += subscriber.count(url, "create");
            }
            assertThat(subscriber.count(before, "partial_update")).as("the change made during the outage").isEqualTo(1);
            assertThat(subscriber.count(before, "create")).as("the create made before the outage").isBetween(1L, 2L);
            long expected = during.size() + 2;
            System.out.printf("notifications across a Notificaties outage: %d sent, %d received, %d duplicates%n",
                    expected, received, received - expected);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met in 60 s");
            }
            Thread.sleep(100);
        }
    }

    @Test
    @Order(1)
    void aNewClientCanWorkAtOnce() {
        secret = admin().body(Map.of("clientId", CLIENT)).post(ac1.url("/autorisaties/beheer/v1/credentials"))
                .then().statusCode(201).extract().path("secret");
        applicatie = admin().body(Map.of("clientIds", List.of(CLIENT), "label", "Systeemtest",
                        "autorisaties", List.of(nrc("notificaties.publiceren"))))
                .post(ac2.url("/autorisaties/api/v1/applicaties")).then().statusCode(201).extract().path("url");
        client(secret).body(Map.of("naam", kanaal())).post(nrc1.url("/notificaties/api/v1/kanaal")).then().statusCode(201);
        client(secret).body(Map.of("naam", kanaal())).post(nrc2.url("/notificaties/api/v1/kanaal")).then().statusCode(201);
    }

    @Test
    @Order(2)
    void aWithdrawnScopeIsRefusedOnTheNextRequestEverywhere() {
        admin().body(Map.of("autorisaties", List.of(nrc("notificaties.consumeren"))))
                .patch(ac1.url(applicatie.substring(applicatie.indexOf("/autorisaties/")))).then().statusCode(200);
        assertFout(client(secret).body(Map.of("naam", kanaal())).post(nrc2.url("/notificaties/api/v1/kanaal")).then(),
                403, "permission_denied");
        assertFout(client(secret).body(Map.of("naam", kanaal())).post(nrc1.url("/notificaties/api/v1/kanaal")).then(),
                403, "permission_denied");
        client(secret).get(nrc1.url("/notificaties/api/v1/kanaal")).then().statusCode(200);
    }

    @Test
    @Order(3)
    void aRotatedSecretRefusesTheOldTokenOnTheNextRequestEverywhere() {
        String oldToken = ZgwTokenSigner.sign(CLIENT, secret, "", "");
        given().auth().oauth2(oldToken).get(nrc1.url("/notificaties/api/v1/kanaal")).then().statusCode(200);
        secret = admin().body(Map.of()).post(ac2.url("/autorisaties/beheer/v1/credentials/" + CLIENT + "/rotate"))
                .then().statusCode(200).extract().path("secret");
        assertFout(given().auth().oauth2(oldToken).get(nrc1.url("/notificaties/api/v1/kanaal")).then(),
                401, "not_authenticated");
        assertFout(given().auth().oauth2(oldToken).get(nrc2.url("/notificaties/api/v1/kanaal")).then(),
                401, "not_authenticated");
        client(secret).get(nrc2.url("/notificaties/api/v1/kanaal")).then().statusCode(200);
    }

    @Test
    @Order(4)
    void aDeletedApplicatieLeavesTheClientWithoutRights() {
        admin().delete(ac2.url(applicatie.substring(applicatie.indexOf("/autorisaties/")))).then().statusCode(204);
        assertFout(admin().get(ac1.url(applicatie.substring(applicatie.indexOf("/autorisaties/")))).then(),
                404, "not_found");
        assertFout(client(secret).get(nrc1.url("/notificaties/api/v1/kanaal")).then(), 403, "permission_denied");
        assertFout(client(secret).get(nrc2.url("/notificaties/api/v1/kanaal")).then(), 403, "permission_denied");
    }

    @Test
    @Order(5)
    void forgedTokensAreRefusedByTheServices() {
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign(ADMIN, "not-the-secret", "", ""))
                .get(nrc1.url("/notificaties/api/v1/kanaal")).then(), 401, "not_authenticated");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"client_id\":\"" + ADMIN + "\",\"iat\":"
                + System.currentTimeMillis() / 1000 + "}").getBytes()) + ".";
        assertFout(given().auth().oauth2(none).get(nrc1.url("/notificaties/api/v1/kanaal")).then(),
                401, "not_authenticated");
    }

    @Test
    @Order(6)
    void anUnreachableAutorisatiesApiIsA503NotA401() throws Exception {
        ac1.close();
        PROCESSES.remove(ac1);
        assertFout(admin().get(nrc1.url("/notificaties/api/v1/kanaal")).then(), 503, "upstream_error");
        admin().get(nrc2.url("/notificaties/api/v1/kanaal")).then().statusCode(200);
    }

    @Test
    @Order(7)
    void aServiceWhoseOwnClientIsRefusedAnswers503NotA401() {
        admin().body(Map.of()).post(ac2.url("/autorisaties/beheer/v1/credentials/" + SERVICES + "/rotate"))
                .then().statusCode(200);
        assertFout(admin().get(nrc2.url("/notificaties/api/v1/kanaal")).then(), 503, "upstream_error");
    }
}
