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
                    "autorisaties": [{"component": "ac", "scopes": ["autorisaties.lezen"]}]}]}
                """.formatted(ADMIN, ADMIN_SECRET, SERVICES, SERVICES_SECRET, ADMIN, SERVICES));
        String key = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32).getBytes());
        Map<String, String> common = SuiteProcess.env(
                "QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"),
                "ZGW_AUTH_CLIENT_ID", SERVICES,
                "ZGW_AUTH_CLIENT_SECRET", SERVICES_SECRET);

        Map<String, String> ac = new java.util.HashMap<>(common);
        ac.putAll(SuiteProcess.env("ZGW_AUTORISATIES_SECRET_KEY", key, "ZGW_AUTORISATIES_SETUP_FILE", setup));
        ac1 = started(SuiteProcess.start("autorisaties", ac));
        ac1.awaitReady(Duration.ofSeconds(90)); // the first one migrates the schema and applies the setup
        ac2 = started(SuiteProcess.start("autorisaties", ac));
        nrc1 = started(SuiteProcess.start("notificaties", withAutorisaties(common, ac1)));
        nrc2 = started(SuiteProcess.start("notificaties", withAutorisaties(common, ac2)));
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
