package nl.zgw.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Catalogi API in the suite: requests authorised through the Autorisaties API, and its
 * changes published through its outbox on kanalen zaaktypen and informatieobjecttypen to a real
 * subscriber, filtered on kenmerk catalogus. All real packaged services on one PostgreSQL.
 */
class CatalogiNotificatiesTest {

    private static final String ADMIN = "system-admin";
    private static final String ADMIN_SECRET = "system-admin-secret-" + UUID.randomUUID();
    private static final String READER = "catalogi-lezer";
    private static final String READER_SECRET = "catalogi-lezer-secret-" + UUID.randomUUID();
    private static final String SERVICES = "zgw-suite";
    private static final String SERVICES_SECRET = "services-secret-" + UUID.randomUUID();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<SuiteProcess> PROCESSES = new ArrayList<>();
    private static SuiteProcess ac;
    private static SuiteProcess nrc;
    private static SuiteProcess ztc;

    @BeforeAll
    static void startTheServices() throws Exception {
        PostgresTestResource pg = new PostgresTestResource();
        pg.init(Map.of("database", "system_catalogi"));
        Map<String, String> db = pg.start();
        Path setup = Files.createTempFile("setup", ".json");
        Files.writeString(setup, """
                {"credentials": [{"clientId": "%s", "secret": "%s"}, {"clientId": "%s", "secret": "%s"},
                                 {"clientId": "%s", "secret": "%s"}],
                 "applicaties": [
                   {"label": "Beheer", "clientIds": ["%s"], "heeftAlleAutorisaties": true},
                   {"label": "Lezer", "clientIds": ["%s"], "heeftAlleAutorisaties": false,
                    "autorisaties": [{"component": "ztc", "scopes": ["catalogi.lezen"]}]},
                   {"label": "Services", "clientIds": ["%s"], "heeftAlleAutorisaties": false,
                    "autorisaties": [{"component": "ac", "scopes": ["autorisaties.lezen"]},
                                     {"component": "nrc", "scopes": ["notificaties.publiceren"]}]}]}
                """.formatted(ADMIN, ADMIN_SECRET, READER, READER_SECRET, SERVICES, SERVICES_SECRET, ADMIN, READER,
                SERVICES));
        int acPort = SuiteProcess.freePort();
        int nrcPort = SuiteProcess.freePort();
        int ztcPort = SuiteProcess.freePort();
        Map<String, String> common = SuiteProcess.env(
                "QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"),
                "ZGW_AUTH_CLIENT_ID", SERVICES,
                "ZGW_AUTH_CLIENT_SECRET", SERVICES_SECRET,
                "ZGW_BASE_URLS_AUTORISATIES", "http://localhost:" + acPort + "/autorisaties/api/v1",
                "ZGW_BASE_URLS_NOTIFICATIES", "http://localhost:" + nrcPort + "/notificaties/api/v1",
                "ZGW_BASE_URLS_CATALOGI", "http://localhost:" + ztcPort + "/catalogi/api/v1",
                "ZGW_OUTBOX_INITIAL_BACKOFF", "200ms", "ZGW_OUTBOX_MAX_BACKOFF", "2s");
        Map<String, String> acEnv = new HashMap<>(common);
        acEnv.putAll(SuiteProcess.env("ZGW_AUTORISATIES_SECRET_KEY",
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32).getBytes()),
                "ZGW_AUTORISATIES_SETUP_FILE", setup));
        ac = started(SuiteProcess.start("autorisaties", acEnv, acPort));
        ac.awaitReady(Duration.ofSeconds(90));
        nrc = started(SuiteProcess.start("notificaties", common, nrcPort));
        ztc = started(SuiteProcess.start("catalogi", common, ztcPort));
        nrc.awaitReady(Duration.ofSeconds(90));
        ztc.awaitReady(Duration.ofSeconds(90));
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

    private static RequestSpecification as(String clientId, String secret) {
        return given().auth().oauth2(ZgwTokenSigner.sign(clientId, secret, "", "")).contentType("application/json");
    }

    private static RequestSpecification admin() {
        return as(ADMIN, ADMIN_SECRET);
    }

    /**
     * The filter is applied when the Notificaties API stores a message: the deliveries of every
     * matching abonnement are queued in that same transaction (NotificatieService.publish). So once
     * a witness subscribed to the other catalogus has the zaaktype of that catalogus, the deliveries
     * for that message are final, and the operator view shows whether one was queued for the
     * subscriber, whatever order concurrent delivery takes.
     */
    @Test
    void typeChangesReachASubscriberOfTheirCatalogus() throws Exception {
        try (Subscriber subscriber = Subscriber.start(); Subscriber witness = Subscriber.start()) {
            for (String kanaal : List.of("zaaktypen", "informatieobjecttypen", "besluittypen")) {
                SuiteFixtures.await(() -> admin().get(nrc.url("/notificaties/api/v1/kanaal?naam=" + kanaal)).then()
                        .extract().jsonPath().getList("$").size() == 1); // registered by the Catalogi API at start
            }
            String catalogus = admin().body(Map.of("domein", "SYS", "rsin", "123456782",
                            "contactpersoonBeheerNaam", "Beheer"))
                    .post(ztc.url("/catalogi/api/v1/catalogussen")).then().statusCode(201).extract().path("url");
            String anderCatalogus = admin().body(Map.of("domein", "SYS", "rsin", "987654321",
                            "contactpersoonBeheerNaam", "Beheer"))
                    .post(ztc.url("/catalogi/api/v1/catalogussen")).then().statusCode(201).extract().path("url");
            String abonnement = admin().body(Map.of("callbackUrl", subscriber.url(), "auth", "Bearer systeemtest",
                            "kanalen", List.of(
                                    Map.of("naam", "zaaktypen", "filters", Map.of("catalogus", catalogus)),
                                    Map.of("naam", "informatieobjecttypen", "filters", Map.of("catalogus", catalogus)))))
                    .post(nrc.url("/notificaties/api/v1/abonnement")).then().statusCode(201).extract().path("url");
            admin().body(Map.of("callbackUrl", witness.url(), "auth", "Bearer getuige", "kanalen", List.of(
                            Map.of("naam", "zaaktypen", "filters", Map.of("catalogus", anderCatalogus)))))
                    .post(nrc.url("/notificaties/api/v1/abonnement")).then().statusCode(201);

            String zaaktype = admin().body(SuiteFixtures.zaaktype(catalogus, null))
                    .post(ztc.url("/catalogi/api/v1/zaaktypen")).then()
                    .statusCode(201).extract().path("url");
            admin().body(Map.of("omschrijving", "Gewijzigd")).patch(zaaktype).then().statusCode(200);
            String iot = admin().body(Map.of("catalogus", catalogus, "omschrijving", "Brief",
                            "vertrouwelijkheidaanduiding", "openbaar", "beginGeldigheid", "2024-01-01",
                            "informatieobjectcategorie", "Brief"))
                    .post(ztc.url("/catalogi/api/v1/informatieobjecttypen")).then().statusCode(201).extract().path("url");
            String elders = admin().body(SuiteFixtures.zaaktype(anderCatalogus, null))
                    .post(ztc.url("/catalogi/api/v1/zaaktypen")).then()
                    .statusCode(201).extract().path("url");

            SuiteFixtures.await(() -> subscriber.count(zaaktype) >= 2 && subscriber.count(iot) >= 1);
            // Delivery runs calls concurrently and promises no order between two notifications,
            // so the create and the update are looked up by their actie.
            Map<String, JsonNode> forZaaktype = new HashMap<>();
            for (String body : subscriber.received()) {
                JsonNode message = JSON.readTree(body);
                if (zaaktype.equals(message.path("resourceUrl").asText())) {
                    forZaaktype.put(message.path("actie").asText(), message);
                }
            }
            assertThat(forZaaktype).containsOnlyKeys("create", "partial_update");
            JsonNode create = forZaaktype.get("create");
            assertThat(create.path("kanaal").asText()).isEqualTo("zaaktypen");
            assertThat(create.path("resource").asText()).isEqualTo("zaaktype");
            assertThat(create.path("kenmerken").path("catalogus").asText()).isEqualTo(catalogus);
            assertThat(forZaaktype.get("partial_update").path("hoofdObject").asText()).isEqualTo(zaaktype);
            // the Notificaties API has stored the message of the other catalogus's zaaktype once the
            // witness has it; no delivery of it was queued for the subscriber then, so none ever will be
            SuiteFixtures.await(() -> witness.count(elders, "create") >= 1);
            String deliveries = nrc.url("/notificaties/api/v1/beheer/abonnement/"
                    + abonnement.substring(abonnement.lastIndexOf('/') + 1) + "/deliveries");
            List<String> queued = admin().get(deliveries).then().statusCode(200).extract().jsonPath()
                    .getList("resourceUrl", String.class);
            assertThat(queued).as("deliveries queued for the subscriber").contains(zaaktype, iot)
                    .doesNotContain(elders);
            assertThat(subscriber.count(elders)).as("a zaaktype of another catalogus").isZero();

            // the reader may read, not write; that comes from the Autorisaties API
            as(READER, READER_SECRET).get(zaaktype).then().statusCode(200);
            assertFout(as(READER, READER_SECRET).body(SuiteFixtures.zaaktype(catalogus, null))
                    .post(ztc.url("/catalogi/api/v1/zaaktypen")).then(), 403, "permission_denied");
        }
    }
}
