package nl.zgw.systemtests;

import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

/**
 * One running suite serving two organisations (ADR 0022), each under a host of its own (here two
 * loopback addresses): each creates a zaak with a document and a besluit through the real
 * Catalogi, Zaken, Documenten, Besluiten, Notificaties and Autorisaties APIs, and no read path of
 * either shows the other's: lists, details,
 * {@code _zoek}, expand, downloads and audit trails; a URL of the one is not a resource to the
 * other; a client of the one is refused by the other; a subscriber of the one hears only of its
 * zaken, also when it has the same callback in both. A third organisation, added to the declaration
 * while the suite runs, is served by all six with its own first client, and no longer once removed.
 */
class TweeOrganisatiesTest {

    private static final String A = "127.0.0.2";
    private static final String B = "127.0.0.3";
    /** An organisation added, and removed again, while the suite runs. */
    private static final String C = "127.0.0.4";
    private static final List<String> COMPONENTS = List.of("catalogi", "zaken", "documenten", "besluiten",
            "notificaties", "autorisaties");
    private static final String TWEE = """
            {"tenants": [{"id": "a", "host": "%s"}, {"id": "b", "host": "%s"}]}""".formatted(A, B);

    private static Path tenants;

    private static Suite suite;
    private static final Map<String, Organisatie> ORGANISATIES = new HashMap<>();

    /** What one organisation made: its zaak, its document and the types they use. */
    private record Organisatie(String host, String zaaktype, String informatieobjecttype, String zaak, String document,
                               String besluit) {
    }

    @BeforeAll
    static void startTheServices() throws Exception {
        tenants = Files.createTempFile("tenants", ".json");
        Files.writeString(tenants, TWEE);
        suite = Suite.start("system_tenants", Map.of("ZGW_TENANTS_FILE", tenants.toString(),
                "ZGW_TENANTS_CHECK_INTERVAL", "500ms", "ZGW_OUTBOX_ENABLED", "true"), Map.of(), "catalogi", "zaken", "documenten", "besluiten",
                "notificaties");
        // the Zaken API has its tokens verified inside the cluster, the others through each tenant's host:
        // the Autorisaties API then knows the tenant by the Host the call sends
        suite.restart("zaken", false, Map.of("ZGW_AUTH_VERIFY_URL",
                "http://localhost:" + suite.port("autorisaties") + "/autorisaties/intern/v1/verify"));
        for (String host : List.of(A, B)) {
            ORGANISATIES.put(host, organisatie(host));
        }
    }

    @AfterAll
    static void stopTheServices() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    /** {@code path} of {@code component} under the host of one organisation. */
    private static String url(String host, String component, String path) {
        return "http://" + host + ":" + suite.port(component) + "/" + component + "/api/v1" + path;
    }

    /** The same URL, addressed to the other organisation's host. */
    private static String bij(String host, String url) {
        return url.replace("http://" + (host.equals(A) ? B : A) + ":", "http://" + host + ":");
    }

    private static RequestSpecification admin() {
        return Suite.admin();
    }

    private static Organisatie organisatie(String host) {
        String catalogus = admin().body(Map.of("domein", "ORG", "rsin", "123456782", "contactpersoonBeheerNaam", "Beheer"))
                .post(url(host, "catalogi", "/catalogussen")).then().statusCode(201).extract().path("url");
        String iot = admin().body(Map.of("catalogus", catalogus, "omschrijving", "Aanvraag",
                        "vertrouwelijkheidaanduiding", "openbaar", "beginGeldigheid", "2024-01-01",
                        "informatieobjectcategorie", "Aanvraag"))
                .post(url(host, "catalogi", "/informatieobjecttypen")).then().statusCode(201).extract().path("url");
        admin().post(iot + "/publish").then().statusCode(200);
        String besluittype = admin().body(Map.of("catalogus", catalogus, "omschrijving", "Vergunning",
                        "publicatieIndicatie", false, "informatieobjecttypen", List.of(), "beginGeldigheid", "2024-01-01"))
                .post(url(host, "catalogi", "/besluittypen")).then().statusCode(201).extract().path("url");
        admin().post(besluittype + "/publish").then().statusCode(200);
        Map<String, Object> zaaktypeBody = SuiteFixtures.zaaktype(catalogus, null);
        zaaktypeBody.put("besluittypen", List.of("Vergunning"));
        String zaaktype = admin().body(zaaktypeBody)
                .post(url(host, "catalogi", "/zaaktypen")).then().statusCode(201).extract().path("url");
        admin().body(Map.of("zaaktype", zaaktype, "informatieobjecttype", "Aanvraag", "volgnummer", 1,
                "richting", "inkomend")).post(url(host, "catalogi", "/zaaktype-informatieobjecttypen")).then()
                .statusCode(201);
        admin().post(zaaktype + "/publish").then().statusCode(200);
        String zaak = admin().body(Map.of("bronorganisatie", "123456782", "verantwoordelijkeOrganisatie", "123456782",
                        "zaaktype", zaaktype, "startdatum", "2026-03-01"))
                .post(url(host, "zaken", "/zaken")).then().statusCode(201).extract().path("url");
        Map<String, Object> document = new HashMap<>();
        document.put("bronorganisatie", "123456782");
        document.put("creatiedatum", "2026-03-01");
        document.put("titel", "Aanvraag van " + host);
        document.put("auteur", "Aanvrager");
        document.put("taal", "nld");
        document.put("informatieobjecttype", iot);
        document.put("inhoud", Base64.getEncoder().encodeToString(("aanvraag van " + host).getBytes()));
        document.put("bestandsnaam", "aanvraag.txt");
        document.put("formaat", "text/plain");
        String doc = admin().body(document).post(url(host, "documenten", "/enkelvoudiginformatieobjecten")).then()
                .statusCode(201).extract().path("url");
        // the relation is mirrored in the Documenten API of the same organisation (ADR 0016)
        admin().body(Map.of("zaak", zaak, "informatieobject", doc)).post(url(host, "zaken", "/zaakinformatieobjecten"))
                .then().statusCode(201);
        // the besluit on the zaak, mirrored in the Zaken API of the same organisation
        String besluit = admin().body(Map.of("verantwoordelijkeOrganisatie", "123456782", "besluittype", besluittype,
                        "zaak", zaak, "datum", "2026-03-05", "ingangsdatum", "2026-03-06"))
                .post(url(host, "besluiten", "/besluiten")).then().statusCode(201).extract().path("url");
        return new Organisatie(host, zaaktype, iot, zaak, doc, besluit);
    }

    @Test
    void everythingAnOrganisationMadeIsUnderItsOwnHost() {
        for (Organisatie o : ORGANISATIES.values()) {
            for (String url : List.of(o.zaaktype(), o.informatieobjecttype(), o.zaak(), o.document(), o.besluit())) {
                assertThat(url).startsWith("http://" + o.host() + ":");
            }
            admin().get(o.zaak()).then().statusCode(200).body("zaaktype", equalTo(o.zaaktype()));
            admin().queryParam("object", o.zaak()).get(url(o.host(), "documenten", "/objectinformatieobjecten")).then()
                    .statusCode(200).body("informatieobject", equalTo(List.of(o.document())));
        }
    }

    @Test
    void listsShowOnlyTheOrganisationsOwn() {
        for (Organisatie o : ORGANISATIES.values()) {
            Organisatie ander = ORGANISATIES.get(o.host().equals(A) ? B : A);
            // (the notification test adds a zaak to each)
            admin().get(url(o.host(), "zaken", "/zaken")).then().statusCode(200)
                    .body("results.url", hasItem(o.zaak()))
                    .body("results.url", everyItem(startsWith("http://" + o.host() + ":")));
            admin().get(url(o.host(), "documenten", "/enkelvoudiginformatieobjecten")).then().statusCode(200)
                    .body("count", equalTo(1)).body("results[0].url", equalTo(o.document()));
            admin().get(url(o.host(), "catalogi", "/zaaktypen")).then().statusCode(200)
                    .body("count", equalTo(1)).body("results[0].url", equalTo(o.zaaktype()));
            admin().get(url(o.host(), "zaken", "/zaakinformatieobjecten")).then().statusCode(200)
                    .body("informatieobject", equalTo(List.of(o.document())));
            admin().get(url(o.host(), "documenten", "/objectinformatieobjecten")).then().statusCode(200)
                    .body("object", equalTo(List.of(o.zaak())));
            admin().get(url(o.host(), "besluiten", "/besluiten")).then().statusCode(200)
                    .body("count", equalTo(1)).body("results[0].url", equalTo(o.besluit()));
            admin().get(o.zaak() + "/besluiten").then().statusCode(200).body("besluit", equalTo(List.of(o.besluit())));
            // _zoek on the other's zaak, by its uuid
            String anderUuid = ander.zaak().substring(ander.zaak().lastIndexOf('/') + 1);
            admin().body(Map.of("uuid__in", List.of(anderUuid))).post(url(o.host(), "zaken", "/zaken/_zoek")).then()
                    .statusCode(200).body("count", equalTo(0));
        }
    }

    @Test
    void detailsDownloadsAndAuditTrailsOfTheOtherAreNotFound() {
        for (Organisatie o : ORGANISATIES.values()) {
            Organisatie ander = ORGANISATIES.get(o.host().equals(A) ? B : A);
            admin().get(bij(o.host(), ander.zaak())).then().statusCode(404);
            admin().get(bij(o.host(), ander.zaak()) + "/audittrail").then().statusCode(404);
            admin().get(bij(o.host(), ander.document())).then().statusCode(404);
            admin().get(bij(o.host(), ander.document()) + "/download").then().statusCode(404);
            admin().get(bij(o.host(), ander.zaaktype())).then().statusCode(404);
            admin().get(bij(o.host(), ander.besluit())).then().statusCode(404);
            admin().get(bij(o.host(), ander.besluit()) + "/audittrail").then().statusCode(404);
            // its own download is its own content
            assertThat(admin().get(o.document() + "/download").then().statusCode(200).extract().asString())
                    .isEqualTo("aanvraag van " + o.host());
            // expand follows the organisation's own URLs only
            admin().queryParam("expand", "zaaktype").get(o.zaak()).then().statusCode(200)
                    .body("_expand.zaaktype.url", equalTo(o.zaaktype()));
            admin().queryParam("expand", "zaak").get(o.besluit()).then().statusCode(200)
                    .body("_expand.zaak.url", equalTo(o.zaak()));
        }
    }

    @Test
    void aUrlOfTheOtherOrganisationIsNotOneOfItsResources() {
        Organisatie a = ORGANISATIES.get(A);
        Organisatie b = ORGANISATIES.get(B);
        // B's zaak with A's zaaktype, B's zaak with A's document: URLs outside B's suite
        admin().body(Map.of("bronorganisatie", "123456782", "verantwoordelijkeOrganisatie", "123456782",
                        "zaaktype", a.zaaktype(), "startdatum", "2026-03-01"))
                .post(url(B, "zaken", "/zaken")).then().statusCode(400).body("invalidParams.name", hasItem("zaaktype"));
        admin().body(Map.of("zaak", b.zaak(), "informatieobject", a.document()))
                .post(url(B, "zaken", "/zaakinformatieobjecten")).then().statusCode(400)
                .body("invalidParams.name", hasItem("informatieobject"));
    }

    @Test
    void aClientOfOneOrganisationIsRefusedByTheOther() {
        String clientId = "alleen-a-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "secret-" + UUID.randomUUID();
        admin().body(Map.of("clientId", clientId, "secret", secret))
                .post("http://" + A + ":" + suite.port("autorisaties") + "/autorisaties/beheer/v1/credentials")
                .then().statusCode(201);
        admin().body(Map.of("clientIds", List.of(clientId), "label", "Alleen A", "heeftAlleAutorisaties", true))
                .post(url(A, "autorisaties", "/applicaties")).then().statusCode(201);
        String token = ZgwTokenSigner.sign(clientId, secret, "", "");
        given().auth().oauth2(token).header("Accept-Crs", "EPSG:4326").get(url(A, "zaken", "/zaken")).then()
                .statusCode(200).body("results.url", hasItem(ORGANISATIES.get(A).zaak()));
        given().auth().oauth2(token).header("Accept-Crs", "EPSG:4326").get(url(B, "zaken", "/zaken")).then()
                .statusCode(oneOf(401, 403));
        given().auth().oauth2(token).get(url(B, "autorisaties", "/applicaties")).then().statusCode(oneOf(401, 403));
        given().auth().oauth2(token).get(url(A, "autorisaties", "/applicaties")).then().statusCode(200)
                .body("results.label", hasItem("Alleen A"));
        admin().get(url(B, "autorisaties", "/applicaties")).then().statusCode(200)
                .body("results.label", not(hasItem("Alleen A")));
    }

    @Test
    void aSubscriberOfOneOrganisationHearsOnlyOfItsZaken() throws Exception {
        try (Subscriber alleenA = Subscriber.start(); Subscriber alleenB = Subscriber.start();
             Subscriber beide = Subscriber.start()) {
            abonneer(A, alleenA);
            abonneer(B, alleenB);
            abonneer(A, beide);
            abonneer(B, beide); // the same callback in both: each delivery is recorded in its own tenant
            String zaakA = nieuweZaak(A);
            String zaakB = nieuweZaak(B);
            SuiteFixtures.await(() -> alleenA.count(zaakA, "create") == 1 && alleenB.count(zaakB, "create") == 1
                    && beide.count(zaakA, "create") == 1 && beide.count(zaakB, "create") == 1);
            for (String host : List.of(A, B)) {
                String nrc = "http://" + host + ":" + suite.port("notificaties") + "/notificaties/api/v1";
                for (Object abonnement : admin().get(nrc + "/abonnement").then().statusCode(200).extract()
                        .jsonPath().getList("url")) {
                    String url = abonnement.toString();
                    assertThat(url).startsWith("http://" + host + ":");
                    SuiteFixtures.await(() -> admin().get(SuiteFixtures.pendingDeliveriesUrl(url)).then()
                            .extract().jsonPath().getList("$").isEmpty());
                }
            }
            assertThat(alleenA.received()).noneMatch(m -> m.contains(zaakB) || m.contains("http://" + B + ":"));
            assertThat(alleenB.received()).noneMatch(m -> m.contains(zaakA) || m.contains("http://" + A + ":"));
            assertThat(beide.count(zaakA, "create") + beide.count(zaakB, "create")).isEqualTo(2);
        }
    }

    /** An abonnement on kanaal zaken in {@code host}'s Notificaties API, once the Zaken API has registered the kanaal. */
    private static void abonneer(String host, Subscriber subscriber) throws InterruptedException {
        String nrc = "http://" + host + ":" + suite.port("notificaties") + "/notificaties/api/v1";
        SuiteFixtures.await(() -> admin().get(nrc + "/kanaal?naam=zaken").then().extract().jsonPath()
                .getList("$").size() == 1);
        admin().body(Map.of("callbackUrl", subscriber.url(), "auth", "Bearer systeemtest",
                        "kanalen", List.of(Map.of("naam", "zaken", "filters", Map.of()))))
                .post(nrc + "/abonnement").then().statusCode(201);
    }

    private static String nieuweZaak(String host) {
        return admin().body(Map.of("bronorganisatie", "123456782", "verantwoordelijkeOrganisatie", "123456782",
                        "zaaktype", ORGANISATIES.get(host).zaaktype(), "startdatum", "2026-03-02"))
                .post(url(host, "zaken", "/zaken")).then().statusCode(201).extract().path("url");
    }

    @Test
    void aHostThatServesNoOrganisationIsNotFound() {
        admin().get("http://localhost:" + suite.port("zaken") + "/zaken/api/v1/zaken").then().statusCode(404)
                .body("code", equalTo("not_found"));
        given().get("http://localhost:" + suite.port("zaken") + "/q/health/ready").then().statusCode(200);
    }

    @Test
    void anOrganisationAddedWhileTheSuiteRunsIsServedByAllSixWithItsOwnFirstClientAndRemovedAgain() throws Exception {
        String clientId = "beheer-c";
        String secret = "beheer-c-secret-" + UUID.randomUUID();
        Path setup = Files.createTempFile("setup-c", ".json");
        Files.writeString(setup, """
                {"credentials": [{"clientId": "%s", "secret": "%s"}],
                 "applicaties": [{"clientIds": ["%s"], "label": "Beheer C", "heeftAlleAutorisaties": true}]}"""
                .formatted(clientId, secret, clientId));
        String token = ZgwTokenSigner.sign(clientId, secret, "", "");
        for (String component : COMPONENTS) {
            admin().get(url(C, component, "/" + lijst(component))).then().statusCode(404);
        }
        try {
            Files.writeString(tenants, TWEE.replace("]}", ", {\"id\": \"c\", \"host\": \"%s\", \"setupFile\": \"%s\"}]}"
                    .formatted(C, setup)));
            // every service takes it into service on its own: its schemas migrated, its first client declared
            for (String component : COMPONENTS) {
                SuiteFixtures.await(() -> given().auth().oauth2(token).header("Accept-Crs", "EPSG:4326")
                        .get(url(C, component, "/" + lijst(component))).statusCode() == 200);
            }
            given().auth().oauth2(token).get(url(C, "autorisaties", "/applicaties")).then().statusCode(200)
                    .body("results.label", hasItem("Beheer C"))
                    .body("results.label", not(hasItem("Alleen A")));
            // its first client is its own: refused by A
            given().auth().oauth2(token).header("Accept-Crs", "EPSG:4326").get(url(A, "zaken", "/zaken")).then()
                    .statusCode(oneOf(401, 403));
            // a whole case in it, through the six APIs, seen by none of the others
            Organisatie c = organisatie(C);
            given().auth().oauth2(token).header("Accept-Crs", "EPSG:4326").get(url(C, "zaken", "/zaken")).then()
                    .statusCode(200).body("count", equalTo(1)).body("results[0].url", equalTo(c.zaak()));
            admin().get(c.zaak() + "/besluiten").then().statusCode(200).body("besluit", equalTo(List.of(c.besluit())));
            admin().queryParam("object", c.zaak()).get(url(C, "documenten", "/objectinformatieobjecten")).then()
                    .statusCode(200).body("informatieobject", equalTo(List.of(c.document())));
            for (String host : List.of(A, B)) {
                admin().get(url(host, "zaken", "/zaken")).then().statusCode(200)
                        .body("results.url", not(hasItem(c.zaak())));
            }
            try (Subscriber alleenC = Subscriber.start()) {
                abonneer(C, alleenC);
                String zaak = admin().body(Map.of("bronorganisatie", "123456782", "verantwoordelijkeOrganisatie",
                                "123456782", "zaaktype", c.zaaktype(), "startdatum", "2026-03-02"))
                        .post(url(C, "zaken", "/zaken")).then().statusCode(201).extract().path("url");
                SuiteFixtures.await(() -> alleenC.count(zaak, "create") == 1);
            }

            // removed: no service serves its host any more
            Files.writeString(tenants, TWEE);
            for (String component : COMPONENTS) {
                SuiteFixtures.await(() -> admin().get(url(C, component, "/" + lijst(component))).statusCode() == 404);
            }
            admin().get(url(A, "zaken", "/zaken")).then().statusCode(200);
        } finally {
            Files.writeString(tenants, TWEE);
        }
    }

    /** A list every API of the suite has. */
    private static String lijst(String component) {
        return switch (component) {
            case "catalogi" -> "catalogussen";
            case "zaken" -> "zaken";
            case "documenten" -> "enkelvoudiginformatieobjecten";
            case "besluiten" -> "besluiten";
            case "notificaties" -> "kanaal";
            default -> "applicaties";
        };
    }
}
