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
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zaken in the suite: a zaak is checked against a published zaaktype of the real Catalogi API,
 * and every zaak created reaches every subscriber of kanaal zaken, also those created while the
 * Notificaties API is down (they wait in the Zaken API's outbox, also across a killed Zaken API).
 * The zaken made during the outage arrive exactly once (docs/adr/0008: 0 duplicates); see the test
 * for the one that may come twice. All packaged services on one PostgreSQL; the Selectielijst is a
 * local HTTP server.
 */
class ZakenNotificatiesTest {

    private static final String ADMIN = "system-admin";
    private static final String ADMIN_SECRET = "system-admin-secret-" + UUID.randomUUID();
    private static final String SERVICES = "zgw-suite";
    private static final String SERVICES_SECRET = "services-secret-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<SuiteProcess> PROCESSES = new ArrayList<>();
    private static Selectielijst selectielijst;
    private static String selectielijstBase;
    private static Map<String, String> common;
    private static int nrcPort;
    private static int zrcPort;
    private static SuiteProcess nrc;
    private static SuiteProcess ztc;
    private static SuiteProcess zrc;

    @BeforeAll
    static void startTheServices() throws Exception {
        startSelectielijst();
        PostgresTestResource pg = new PostgresTestResource();
        pg.init(Map.of("database", "system_zaken"));
        Map<String, String> db = pg.start();
        Path setup = Files.createTempFile("setup", ".json");
        Files.writeString(setup, """
                {"credentials": [{"clientId": "%s", "secret": "%s"}, {"clientId": "%s", "secret": "%s"}],
                 "applicaties": [
                   {"label": "Beheer", "clientIds": ["%s"], "heeftAlleAutorisaties": true},
                   {"label": "Services", "clientIds": ["%s"], "heeftAlleAutorisaties": false,
                    "autorisaties": [{"component": "ac", "scopes": ["autorisaties.lezen"]},
                                     {"component": "nrc", "scopes": ["notificaties.publiceren",
                                                                     "notificaties.consumeren"]},
                                     {"component": "ztc", "scopes": ["catalogi.lezen"]}]}]}
                """.formatted(ADMIN, ADMIN_SECRET, SERVICES, SERVICES_SECRET, ADMIN, SERVICES));
        int acPort = SuiteProcess.freePort();
        nrcPort = SuiteProcess.freePort();
        int ztcPort = SuiteProcess.freePort();
        zrcPort = SuiteProcess.freePort();
        common = SuiteProcess.env(
                "QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"),
                "ZGW_AUTH_CLIENT_ID", SERVICES,
                "ZGW_AUTH_CLIENT_SECRET", SERVICES_SECRET,
                "ZGW_BASE_URLS_AUTORISATIES", "http://localhost:" + acPort + "/autorisaties/api/v1",
                "ZGW_BASE_URLS_NOTIFICATIES", "http://localhost:" + nrcPort + "/notificaties/api/v1",
                "ZGW_BASE_URLS_CATALOGI", "http://localhost:" + ztcPort + "/catalogi/api/v1",
                "ZGW_BASE_URLS_ZAKEN", "http://localhost:" + zrcPort + "/zaken/api/v1",
                "ZGW_OUTBOX_INITIAL_BACKOFF", "200ms", "ZGW_OUTBOX_MAX_BACKOFF", "2s",
                "CATALOGI_REFERENTIELIJSTEN_URL", selectielijstBase,
                "ZGW_ABONNEMENTEN_SECRET", "callback-secret-" + UUID.randomUUID());
        Map<String, String> acEnv = new HashMap<>(common);
        acEnv.putAll(SuiteProcess.env("ZGW_AUTORISATIES_SECRET_KEY",
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32).getBytes()),
                "ZGW_AUTORISATIES_SETUP_FILE", setup));
        SuiteProcess ac = started(SuiteProcess.start("autorisaties", acEnv, acPort));
        ac.awaitReady(Duration.ofSeconds(90));
        nrc = started(SuiteProcess.start("notificaties", common, nrcPort));
        ztc = started(SuiteProcess.start("catalogi", common, ztcPort));
        zrc = started(SuiteProcess.start("zaken", common, zrcPort));
        for (SuiteProcess p : List.of(nrc, ztc, zrc)) {
            p.awaitReady(Duration.ofSeconds(120));
        }
    }

    private static void startSelectielijst() throws Exception {
        selectielijst = Selectielijst.start();
        selectielijstBase = selectielijst.base;
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
        if (selectielijst != null) {
            selectielijst.close();
        }
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(ZgwTokenSigner.sign(ADMIN, ADMIN_SECRET, "", "")).contentType("application/json")
                .header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326");
    }

    @Test
    void everyZaakReachesEverySubscriberAcrossANotificatiesOutageAndAKilledZakenApi() throws Exception {
        String catalogus = admin().body(Map.of("domein", "SYS", "rsin", "123456782", "contactpersoonBeheerNaam", "Beheer"))
                .post(ztc.url("/catalogi/api/v1/catalogussen")).then().statusCode(201).extract().path("url");
        String zaaktype = admin().body(SuiteFixtures.zaaktype(catalogus, selectielijstBase + "/procestypen/1")).post(ztc.url("/catalogi/api/v1/zaaktypen")).then()
                .statusCode(201).extract().path("url");
        // still a concept: the Zaken API refuses it, after asking the Catalogi API
        assertValidatieFout(admin().body(zaak(zaaktype)).post(zrc.url("/zaken/api/v1/zaken")).then(), "zaaktype",
                "not-published");
        for (int volgnummer = 1; volgnummer <= 2; volgnummer++) {
            admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Status " + volgnummer, "volgnummer", volgnummer))
                    .post(ztc.url("/catalogi/api/v1/statustypen")).then().statusCode(201);
        }
        admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Behandelaar", "omschrijvingGeneriek", "behandelaar"))
                .post(ztc.url("/catalogi/api/v1/roltypen")).then().statusCode(201);
        admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Toegekend",
                        "resultaattypeomschrijving", selectielijstBase + "/resultaattypeomschrijvingen/1",
                        "selectielijstklasse", selectielijstBase + "/resultaten/1",
                        "brondatumArchiefprocedure", Map.of("afleidingswijze", "afgehandeld")))
                .post(ztc.url("/catalogi/api/v1/resultaattypen")).then().statusCode(201);
        admin().post(zaaktype + "/publish").then().statusCode(200);

        // the Zaken API keeps the zaaktype (Cache-Control max-age 5 min), but drops it when the Catalogi API
        // announces a change: a corrected vertrouwelijkheidaanduiding is the default of the next zaak at once
        String zakenCallback = zrc.url("/zaken/api/v1/callbacks/notificaties");
        SuiteFixtures.await(() -> admin().get(nrc.url("/notificaties/api/v1/abonnement")).then().extract().jsonPath()
                .getList("callbackUrl").contains(zakenCallback));
        admin().body(zaak(zaaktype)).post(zrc.url("/zaken/api/v1/zaken")).then().statusCode(201)
                .body("vertrouwelijkheidaanduiding", org.hamcrest.Matchers.equalTo("openbaar"));
        admin().body(Map.of("vertrouwelijkheidaanduiding", "vertrouwelijk")).patch(zaaktype).then().statusCode(200);
        SuiteFixtures.await(() -> "vertrouwelijk".equals(admin().body(zaak(zaaktype)).post(zrc.url("/zaken/api/v1/zaken")).then()
                .statusCode(201).extract().path("vertrouwelijkheidaanduiding")));

        List<Subscriber> subscribers = List.of(Subscriber.start(), Subscriber.start(), Subscriber.start());
        try {
            SuiteFixtures.await(() -> admin().get(nrc.url("/notificaties/api/v1/kanaal?naam=zaken")).then()
                    .extract().jsonPath().getList("$").size() == 1);
            List<String> abonnementen = new ArrayList<>();
            for (Subscriber subscriber : subscribers) {
                abonnementen.add(admin().body(Map.of("callbackUrl", subscriber.url(), "auth", "Bearer systeemtest",
                                "kanalen", List.of(Map.of("naam", "zaken", "filters", Map.of("zaaktype", zaaktype)))))
                        .post(nrc.url("/notificaties/api/v1/abonnement")).then().statusCode(201).extract().path("url"));
            }
            String before = admin().body(zaak(zaaktype)).post(zrc.url("/zaken/api/v1/zaken")).then().statusCode(201)
                    .extract().path("url");
            SuiteFixtures.await(() -> subscribers.stream().allMatch(s -> s.count(before) >= 1));

            // the Notificaties API goes down; zaken are made, the Zaken API is killed (SIGKILL) with
            // their notifications in its outbox and started again, more zaken are made, and only
            // then does the Notificaties API come back
            nrc.close();
            PROCESSES.remove(nrc);
            List<String> during = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                during.add(admin().body(zaak(zaaktype)).post(zrc.url("/zaken/api/v1/zaken")).then().statusCode(201)
                        .extract().path("url"));
            }
            zrc.kill();
            PROCESSES.remove(zrc);
            zrc = started(SuiteProcess.start("zaken", common, zrcPort));
            zrc.awaitReady(Duration.ofSeconds(120));
            for (int i = 0; i < 5; i++) {
                during.add(admin().body(zaak(zaaktype)).post(zrc.url("/zaken/api/v1/zaken")).then().statusCode(201)
                        .extract().path("url"));
            }
            Thread.sleep(3_000);
            nrc = started(SuiteProcess.start("notificaties", common, nrcPort));
            nrc.awaitReady(Duration.ofSeconds(90));
            List<String> zaken = new ArrayList<>(during);
            zaken.add(before);
            for (Subscriber subscriber : subscribers) {
                for (String url : zaken) {
                    SuiteFixtures.await(() -> subscriber.count(url) >= 1);
                }
            }
            // nothing stored is still to be delivered, so the counts below are final
            for (String abonnement : abonnementen) {
                String pending = SuiteFixtures.pendingDeliveries(nrc, abonnement);
                SuiteFixtures.await(() -> admin().get(pending).then().statusCode(200).extract().jsonPath()
                        .getList("$").isEmpty());
            }
            long received = 0;
            for (Subscriber subscriber : subscribers) {
                for (String body : subscriber.received()) {
                    JsonNode message = JSON.readTree(body);
                    if (zaken.contains(message.path("resourceUrl").asText())) {
                        received++;
                        assertThat(message.path("kenmerken").path("zaaktype").asText()).isEqualTo(zaaktype);
                        assertThat(message.path("kenmerken").path("bronorganisatie").asText()).isEqualTo("123456782");
                    }
                }
            }
            long expected = (long) zaken.size() * subscribers.size();
            System.out.printf("zaken across a Notificaties outage and a killed Zaken API: %d created, %d subscribers, "
                    + "%d notifications expected, %d received, %d duplicates%n", zaken.size(), subscribers.size(),
                    expected, received, received - expected);
            // Delivery is at least once (docs/adr/0008). The Zaken API was killed while the Notificaties
            // API was down, so none of its sends had succeeded: the zaken made during the outage come
            // exactly once. The zaak made before may come again, once per leg: its outbox row may not
            // yet have been deleted when the Zaken API was killed, and its delivery may not yet have been
            // recorded when the Notificaties API was stopped.
            for (Subscriber subscriber : subscribers) {
                for (String url : during) {
                    assertThat(subscriber.count(url)).as("zaak %s, made during the outage", url).isEqualTo(1);
                }
                assertThat(subscriber.count(before)).as("zaak %s, made before the outage", before).isBetween(1L, 3L);
            }
            assertThat(received - expected).as("duplicates").isBetween(0L, (long) subscribers.size() * 2);
        } finally {
            subscribers.forEach(Subscriber::close);
        }
    }

    /**
     * A zaak closes on the real Catalogi API's types: the eindstatus is the statustype the Catalogi
     * API marks isEindstatus, and the archive fields come from a resultaattype whose
     * archiefnominatie and archiefactietermijn the Catalogi API derived from the Selectielijst.
     */
    @Test
    void aZaakClosesWithTheArchiveFieldsOfItsResultaattype() {
        String catalogus = admin().body(Map.of("domein", "ARCH", "rsin", "123456782", "contactpersoonBeheerNaam", "Beheer"))
                .post(ztc.url("/catalogi/api/v1/catalogussen")).then().statusCode(201).extract().path("url");
        String zaaktype = admin().body(SuiteFixtures.zaaktype(catalogus, selectielijstBase + "/procestypen/1"))
                .post(ztc.url("/catalogi/api/v1/zaaktypen")).then().statusCode(201).extract().path("url");
        List<String> statustypen = new ArrayList<>();
        for (int volgnummer = 1; volgnummer <= 2; volgnummer++) {
            statustypen.add(admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Status " + volgnummer,
                    "volgnummer", volgnummer)).post(ztc.url("/catalogi/api/v1/statustypen")).then().statusCode(201)
                    .extract().path("url"));
        }
        admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Behandelaar", "omschrijvingGeneriek", "behandelaar"))
                .post(ztc.url("/catalogi/api/v1/roltypen")).then().statusCode(201);
        String resultaattype = admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Toegekend",
                        "resultaattypeomschrijving", selectielijstBase + "/resultaattypeomschrijvingen/1",
                        "selectielijstklasse", selectielijstBase + "/resultaten/1",
                        "brondatumArchiefprocedure", Map.of("afleidingswijze", "afgehandeld")))
                .post(ztc.url("/catalogi/api/v1/resultaattypen")).then().statusCode(201).extract().path("url");
        admin().post(zaaktype + "/publish").then().statusCode(200);

        String zaak = admin().body(zaak(zaaktype)).post(zrc.url("/zaken/api/v1/zaken")).then().statusCode(201)
                .extract().path("url");
        admin().body(Map.of("zaak", zaak, "statustype", statustypen.get(0), "datumStatusGezet", "2026-03-02T10:00:00Z"))
                .post(zrc.url("/zaken/api/v1/statussen")).then().statusCode(201);
        admin().body(Map.of("zaak", zaak, "resultaattype", resultaattype))
                .post(zrc.url("/zaken/api/v1/resultaten")).then().statusCode(201);
        admin().body(Map.of("zaak", zaak, "statustype", statustypen.get(1), "datumStatusGezet", "2026-06-30T12:00:00Z"))
                .post(zrc.url("/zaken/api/v1/statussen")).then().statusCode(201);
        admin().queryParam("expand", "status.statustype,resultaat.resultaattype").get(zaak).then().statusCode(200)
                .body("einddatum", org.hamcrest.Matchers.equalTo("2026-06-30"))
                .body("archiefnominatie", org.hamcrest.Matchers.equalTo("vernietigen"))
                .body("archiefactiedatum", org.hamcrest.Matchers.equalTo("2036-06-30"))
                .body("_expand.status._expand.statustype.isEindstatus", org.hamcrest.Matchers.equalTo(true))
                .body("_expand.resultaat._expand.resultaattype.archiefactietermijn", org.hamcrest.Matchers.equalTo("P10Y"));
    }

    private static Map<String, Object> zaak(String zaaktype) {
        return Map.of("bronorganisatie", "123456782", "verantwoordelijkeOrganisatie", "123456782",
                "zaaktype", zaaktype, "startdatum", "2026-03-01");
    }
}
