package nl.zgw.systemtests;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

/**
 * A besluit on a case, across the real Besluiten, Zaken, Documenten, Catalogi and Autorisaties APIs
 * (ADR 0016): a besluit with a zaak is mirrored as a zaakbesluit in the Zaken API (brc-006) after
 * brc-007 is checked there; a document laid down by the besluit is mirrored as an
 * objectinformatieobject in the Documenten API, which checks it at the Besluiten API (drc-004);
 * the zaak, whose resultaattype derives its archive date from the besluit's vervaldatum, closes
 * with that date plus the archiefactietermijn; deleting the besluit removes both mirrors (brc-009).
 */
class BesluitenTest {

    private static Suite suite;
    private static Selectielijst selectielijst;
    private static SuiteProcess ztc;
    private static SuiteProcess zrc;
    private static SuiteProcess drc;
    private static SuiteProcess brc;
    private static StoringsProxy zakenProxy;
    private static StoringsProxy documentenProxy;

    @BeforeAll
    static void startTheServices() throws Exception {
        int zakenProxyPort = SuiteProcess.freePort();
        int documentenProxyPort = SuiteProcess.freePort();
        zakenProxy = StoringsProxy.start(zakenProxyPort, null);
        documentenProxy = StoringsProxy.start(documentenProxyPort, null);
        suite = Suite.start("system_besluiten", Map.of("ZGW_SPIEGELING_INTERVAL", "500ms"),
                Map.of("zaken", "http://localhost:" + zakenProxyPort + "/zaken/api/v1",
                        "documenten", "http://localhost:" + documentenProxyPort + "/documenten/api/v1"),
                "catalogi", "zaken", "documenten", "besluiten");
        zakenProxy.doel("http://localhost:" + suite.port("zaken"));
        documentenProxy.doel("http://localhost:" + suite.port("documenten"));
        selectielijst = suite.selectielijst;
        ztc = suite.process("catalogi");
        zrc = suite.process("zaken");
        drc = suite.process("documenten");
        brc = suite.process("besluiten");
    }

    @AfterAll
    static void stopTheServices() throws Exception {
        if (suite != null) {
            suite.close();
        }
        if (zakenProxy != null) {
            zakenProxy.close();
        }
        if (documentenProxy != null) {
            documentenProxy.close();
        }
    }

    @AfterEach
    void geenStoring() {
        zakenProxy.geenStoring();
        documentenProxy.geenStoring();
    }

    private static String besluittype;
    private static String iot;
    private static String zaaktype;

    /** A published informatieobjecttype and besluittype, and zaaktypen with and without that besluittype, once. */
    private static synchronized void typen() {
        if (besluittype != null) {
            return;
        }
        String catalogus = admin().body(Map.of("domein", "BES", "rsin", "123456782", "contactpersoonBeheerNaam", "Beheer"))
                .post(ztc.url("/catalogi/api/v1/catalogussen")).then().statusCode(201).extract().path("url");
        iot = admin().body(Map.of("catalogus", catalogus, "omschrijving", "Besluitbrief",
                        "vertrouwelijkheidaanduiding", "openbaar", "beginGeldigheid", "2024-01-01",
                        "informatieobjectcategorie", "Brief"))
                .post(ztc.url("/catalogi/api/v1/informatieobjecttypen")).then().statusCode(oneOf(200, 201))
                .extract().path("url");
        admin().post(iot + "/publish").then().statusCode(200);
        besluittype = admin().body(Map.of("catalogus", catalogus, "omschrijving", "Vergunning",
                        "publicatieIndicatie", false, "informatieobjecttypen", List.of("Besluitbrief"),
                        "beginGeldigheid", "2024-01-01"))
                .post(ztc.url("/catalogi/api/v1/besluittypen")).then().statusCode(oneOf(200, 201)).extract().path("url");
        admin().post(besluittype + "/publish").then().statusCode(200);
        zaaktype = zaaktype(catalogus, List.of("Vergunning"));
        anderZaaktype = zaaktype(catalogus, List.of());
    }

    private static String anderZaaktype;

    @Test
    void aBesluitOnACaseFromDecisionToArchive() throws Exception {
        typen();
        String zaak = zaak(zaaktype);
        // brc-007, checked at the real Zaken and Catalogi APIs
        assertValidatieFout(admin().body(besluit(besluittype, zaak(anderZaaktype))).post(brc.url("/besluiten/api/v1/besluiten"))
                .then(), "nonFieldErrors", "zaaktype-mismatch");
        String besluit = admin().body(besluit(besluittype, zaak)).post(brc.url("/besluiten/api/v1/besluiten")).then()
                .statusCode(201).extract().path("url");
        assertThat(zaakbesluiten(zaak)).containsExactly(besluit);

        String document = document(iot);
        admin().body(Map.of("besluit", besluit, "informatieobject", document))
                .post(brc.url("/besluiten/api/v1/besluitinformatieobjecten")).then().statusCode(201);
        assertThat(objectinformatieobjecten(besluit)).containsExactly(document);

        // the zaak closes; its resultaattype takes the brondatum from the besluit's vervaldatum (2030-06-01)
        String resultaattype = admin().queryParam("zaaktype", zaaktype).get(ztc.url("/catalogi/api/v1/resultaattypen"))
                .then().extract().path("results[0].url");
        List<String> statustypen = admin().queryParam("zaaktype", zaaktype).get(ztc.url("/catalogi/api/v1/statustypen"))
                .then().extract().path("results.url");
        admin().body(Map.of("zaak", zaak, "resultaattype", resultaattype)).post(zrc.url("/zaken/api/v1/resultaten"))
                .then().statusCode(201);
        admin().body(Map.of("zaak", zaak, "statustype", statustypen.get(statustypen.size() - 1),
                "datumStatusGezet", "2026-03-10T10:00:00Z")).post(zrc.url("/zaken/api/v1/statussen")).then().statusCode(201);
        admin().get(zaak).then().statusCode(200).body("einddatum", equalTo("2026-03-10"))
                .body("archiefactiedatum", equalTo("2040-06-01"));

        // brc-009: the besluit goes, and so do its zaakbesluit and the objectinformatieobject
        admin().delete(besluit).then().statusCode(204);
        SuiteFixtures.await(() -> zaakbesluiten(zaak).isEmpty() && objectinformatieobjecten(besluit).isEmpty());
    }

    /**
     * {@code expand} shows what the client could read on its own, asked of each API with the
     * client's own token: a client that may read besluiten and the openbare zaken of the zaaktype,
     * but no documents, sees the openbare zaak, {@code {}} for the vertrouwelijke one and for the
     * document, which the administrator sees in full.
     */
    @Test
    void expandShowsOnlyWhatTheClientMayRead() {
        typen();
        String openbaar = zaak(zaaktype, "openbaar");
        String vertrouwelijk = zaak(zaaktype, "vertrouwelijk");
        String besluit1 = admin().body(besluit(besluittype, openbaar)).post(brc.url("/besluiten/api/v1/besluiten"))
                .then().statusCode(201).extract().path("url");
        String besluit2 = admin().body(besluit(besluittype, vertrouwelijk)).post(brc.url("/besluiten/api/v1/besluiten"))
                .then().statusCode(201).extract().path("url");
        String document = document(iot);
        String bio = admin().body(Map.of("besluit", besluit1, "informatieobject", document))
                .post(brc.url("/besluiten/api/v1/besluitinformatieobjecten")).then().statusCode(201).extract().path("url");

        String client = "besluitlezer-" + java.util.UUID.randomUUID();
        String secret = admin().body(Map.of("clientId", client))
                .post(suite.process("autorisaties").url("/autorisaties/beheer/v1/credentials"))
                .then().statusCode(201).extract().path("secret");
        admin().body(Map.of("clientIds", List.of(client), "label", "Besluitlezer", "autorisaties", List.of(
                        Map.of("component", "brc", "scopes", List.of("besluiten.lezen"), "besluittype", besluittype),
                        Map.of("component", "zrc", "scopes", List.of("zaken.lezen"), "zaaktype", zaaktype,
                                "maxVertrouwelijkheidaanduiding", "openbaar"))))
                .post(suite.process("autorisaties").url("/autorisaties/api/v1/applicaties")).then().statusCode(201);
        java.util.function.Supplier<RequestSpecification> lezer = () -> io.restassured.RestAssured.given()
                .auth().oauth2(nl.zgw.shared.auth.ZgwTokenSigner.sign(client, secret, "", ""));

        lezer.get().queryParam("expand", "zaak,besluittype").get(besluit1).then().statusCode(200)
                .body("_expand.zaak.url", equalTo(openbaar))
                // no catalogi.lezen, but zaken.lezen reads the Catalogi API's types too (ztc-014)
                .body("_expand.besluittype.url", equalTo(besluittype));
        lezer.get().queryParam("expand", "zaak").get(besluit2).then().statusCode(200)
                .body("_expand.zaak", org.hamcrest.Matchers.anEmptyMap());
        lezer.get().queryParam("expand", "informatieobject,besluit.zaak").get(bio).then().statusCode(200)
                .body("_expand.informatieobject", org.hamcrest.Matchers.anEmptyMap())
                .body("_expand.besluit._expand.zaak.url", equalTo(openbaar));
        admin().queryParam("expand", "informatieobject.informatieobjecttype,besluit.zaak.zaaktype,besluit.besluittype")
                .get(bio).then().statusCode(200)
                .body("_expand.informatieobject.url", equalTo(document))
                .body("_expand.informatieobject._expand.informatieobjecttype.url", equalTo(iot))
                .body("_expand.besluit._expand.zaak._expand.zaaktype.url", equalTo(zaaktype))
                .body("_expand.besluit._expand.besluittype.url", equalTo(besluittype));
        // a zaak the lezer may not read stays out of a list too
        lezer.get().queryParam("zaak", vertrouwelijk).queryParam("expand", "zaak").get(brc.url("/besluiten/api/v1/besluiten"))
                .then().statusCode(200).body("results[0].url", equalTo(besluit2))
                .body("results[0]._expand.zaak", org.hamcrest.Matchers.anEmptyMap());
    }

    /**
     * Every failure path of both mirrors against the real APIs, with a proxy failing on demand: the
     * zaakbesluit's call not sent or its answer lost leaves no besluit (and no zaakbesluit); the
     * objectinformatieobject's answer lost leaves no besluitinformatieobject (and no mirror); the
     * Besluiten API killed after the Zaken API made the zaakbesluit completes the besluit after its
     * restart.
     */
    @Test
    void everyFailureEndsConsistent() throws Exception {
        typen();
        String zaak = zaak(zaaktype);
        String pad = "/zaken/api/v1/zaken/" + zaak.substring(zaak.lastIndexOf('/') + 1) + "/besluiten";
        zakenProxy.storing("POST", pad, StoringsProxy.Storing.NIET_VERSTUURD);
        admin().body(besluit(besluittype, zaak)).post(brc.url("/besluiten/api/v1/besluiten")).then().statusCode(503);
        zakenProxy.storing("POST", pad, StoringsProxy.Storing.ANTWOORD_KWIJT);
        admin().body(besluit(besluittype, zaak)).post(brc.url("/besluiten/api/v1/besluiten")).then().statusCode(503);
        zakenProxy.geenStoring();
        assertThat(besluitenVan(zaak)).isEmpty();
        SuiteFixtures.await(() -> zaakbesluiten(zaak).isEmpty());

        String besluit = admin().body(besluit(besluittype, zaak)).post(brc.url("/besluiten/api/v1/besluiten")).then()
                .statusCode(201).extract().path("url");
        String document = document(iot);
        documentenProxy.storing("POST", "/documenten/api/v1/objectinformatieobjecten", StoringsProxy.Storing.ANTWOORD_KWIJT);
        admin().body(Map.of("besluit", besluit, "informatieobject", document))
                .post(brc.url("/besluiten/api/v1/besluitinformatieobjecten")).then().statusCode(503);
        documentenProxy.geenStoring();
        admin().queryParam("besluit", besluit).get(brc.url("/besluiten/api/v1/besluitinformatieobjecten")).then()
                .statusCode(200).body("$", org.hamcrest.Matchers.empty());
        SuiteFixtures.await(() -> objectinformatieobjecten(besluit).isEmpty());

        // killed after the Zaken API made the zaakbesluit, before the Besluiten API heard of it
        String tweede = zaak(zaaktype);
        zakenProxy.storing("POST", "/zaken/api/v1/zaken/" + tweede.substring(tweede.lastIndexOf('/') + 1) + "/besluiten",
                StoringsProxy.Storing.VERSTUURD_VASTGEHOUDEN);
        java.util.concurrent.CompletableFuture<Integer> verzoek = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> admin().body(besluit(besluittype, tweede)).post(brc.url("/besluiten/api/v1/besluiten")).statusCode());
        zakenProxy.wachtOpStoring();
        suite.kill("besluiten");
        zakenProxy.laatLos();
        assertThat(verzoek.handle((status, error) -> error != null || status >= 500).get()).isTrue();
        brc = suite.startAgain("besluiten", Map.of("ZGW_SPIEGELING_HERSTEL_NA", "1S"));
        SuiteFixtures.await(() -> besluitenVan(tweede).size() == 1 && zaakbesluiten(tweede).size() == 1);
        assertThat(zaakbesluiten(tweede)).isEqualTo(besluitenVan(tweede));
    }

    private static List<String> besluitenVan(String zaak) {
        return admin().queryParam("zaak", zaak).get(brc.url("/besluiten/api/v1/besluiten")).then().statusCode(200)
                .extract().jsonPath().getList("results.url", String.class);
    }

    /** A published zaaktype whose resultaattype derives the archive date from vervaldatum_besluit. */
    private static String zaaktype(String catalogus, List<String> besluittypen) {
        Map<String, Object> body = SuiteFixtures.zaaktype(catalogus, selectielijst.base + "/procestypen/1");
        body.put("besluittypen", besluittypen);
        String zaaktype = admin().body(body).post(ztc.url("/catalogi/api/v1/zaaktypen")).then().statusCode(201)
                .extract().path("url");
        for (int volgnummer = 1; volgnummer <= 2; volgnummer++) {
            admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Status " + volgnummer, "volgnummer", volgnummer))
                    .post(ztc.url("/catalogi/api/v1/statustypen")).then().statusCode(201);
        }
        admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Behandelaar", "omschrijvingGeneriek", "behandelaar"))
                .post(ztc.url("/catalogi/api/v1/roltypen")).then().statusCode(201);
        admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Verleend",
                        "resultaattypeomschrijving", selectielijst.base + "/resultaattypeomschrijvingen/1",
                        "selectielijstklasse", selectielijst.base + "/resultaten/2",
                        "archiefactietermijn", "P10Y",
                        "brondatumArchiefprocedure", Map.of("afleidingswijze", "vervaldatum_besluit")))
                .post(ztc.url("/catalogi/api/v1/resultaattypen")).then().statusCode(201);
        admin().post(zaaktype + "/publish").then().statusCode(200);
        return zaaktype;
    }

    private static String zaak(String zaaktype) {
        return zaak(zaaktype, "openbaar");
    }

    private static String zaak(String zaaktype, String vertrouwelijkheidaanduiding) {
        return admin().body(Map.of("bronorganisatie", "123456782", "verantwoordelijkeOrganisatie", "123456782",
                        "zaaktype", zaaktype, "startdatum", "2026-03-01",
                        "vertrouwelijkheidaanduiding", vertrouwelijkheidaanduiding))
                .post(zrc.url("/zaken/api/v1/zaken")).then().statusCode(201).extract().path("url");
    }

    private static Map<String, Object> besluit(String besluittype, String zaak) {
        return Map.of("verantwoordelijkeOrganisatie", "123456782", "besluittype", besluittype, "zaak", zaak,
                "datum", "2026-03-05", "ingangsdatum", "2026-03-06", "vervaldatum", "2030-06-01");
    }

    private static String document(String informatieobjecttype) {
        Map<String, Object> body = new HashMap<>();
        body.put("bronorganisatie", "123456782");
        body.put("creatiedatum", "2026-03-05");
        body.put("titel", "Vergunning");
        body.put("auteur", "Gemeente");
        body.put("taal", "nld");
        body.put("informatieobjecttype", informatieobjecttype);
        body.put("inhoud", Base64.getEncoder().encodeToString("vergunning".getBytes()));
        body.put("bestandsnaam", "vergunning.txt");
        body.put("formaat", "text/plain");
        return admin().body(body).post(drc.url("/documenten/api/v1/enkelvoudiginformatieobjecten")).then().statusCode(201)
                .extract().path("url");
    }

    private static List<String> zaakbesluiten(String zaak) {
        return admin().get(zaak + "/besluiten").then().statusCode(200).extract().jsonPath().getList("besluit", String.class);
    }

    private static List<String> objectinformatieobjecten(String besluit) {
        return admin().queryParam("object", besluit).get(drc.url("/documenten/api/v1/objectinformatieobjecten")).then()
                .statusCode(200).extract().jsonPath().getList("informatieobject", String.class);
    }

    private static RequestSpecification admin() {
        return Suite.admin();
    }
}
