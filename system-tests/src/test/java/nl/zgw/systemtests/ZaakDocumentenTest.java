package nl.zgw.systemtests;

import io.restassured.specification.RequestSpecification;
import nl.zgw.systemtests.StoringsProxy.Storing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.oneOf;

/**
 * A document on a case, across the real Zaken, Documenten, Catalogi and Autorisaties APIs (ADR 0016):
 * a zaakinformatieobject in the Zaken API is mirrored as an objectinformatieobject in the Documenten
 * API, which checks it at its source (drc-004); deleting one deletes the other. The Documenten API
 * sits behind a proxy that fails on demand, so every failure path is shown end to end: the call not
 * sent, its answer lost, and the Zaken API killed (SIGKILL) before it knew how the call ended, with
 * the repair completing or withdrawing the relation after the restart.
 */
class ZaakDocumentenTest {

    private static final String OIO = "/documenten/api/v1/objectinformatieobjecten";

    private static Suite suite;
    private static SuiteProcess ztc;
    private static SuiteProcess zrc;
    private static StoringsProxy proxy;
    private static String documentenBase;
    private static String informatieobjecttype;
    private static String zaaktype;

    @BeforeAll
    static void startTheServices() throws Exception {
        int proxyPort = SuiteProcess.freePort();
        proxy = StoringsProxy.start(proxyPort, null);
        documentenBase = "http://localhost:" + proxyPort + "/documenten/api/v1";
        suite = Suite.start("system_documenten", Map.of(), Map.of("documenten", documentenBase), "catalogi", "zaken",
                "documenten");
        proxy.doel("http://localhost:" + suite.port("documenten"));
        ztc = suite.process("catalogi");
        zrc = suite.process("zaken");
        typen();
    }

    /** A published informatieobjecttype and a published zaaktype that allows it. */
    private static void typen() {
        String catalogus = admin().body(Map.of("domein", "DOC", "rsin", "123456782", "contactpersoonBeheerNaam", "Beheer"))
                .post(ztc.url("/catalogi/api/v1/catalogussen")).then().statusCode(201).extract().path("url");
        informatieobjecttype = admin().body(Map.of("catalogus", catalogus, "omschrijving", "Aanvraag",
                        "vertrouwelijkheidaanduiding", "openbaar", "beginGeldigheid", "2024-01-01",
                        "informatieobjectcategorie", "Aanvraag"))
                .post(ztc.url("/catalogi/api/v1/informatieobjecttypen")).then().statusCode(oneOf(200, 201))
                .extract().path("url");
        admin().post(informatieobjecttype + "/publish").then().statusCode(200);
        Map<String, Object> body = SuiteFixtures.zaaktype(catalogus, suite.selectielijst.base + "/procestypen/1");
        zaaktype = admin().body(body).post(ztc.url("/catalogi/api/v1/zaaktypen")).then().statusCode(201)
                .extract().path("url");
        for (int volgnummer = 1; volgnummer <= 2; volgnummer++) {
            admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Status " + volgnummer, "volgnummer", volgnummer))
                    .post(ztc.url("/catalogi/api/v1/statustypen")).then().statusCode(201);
        }
        admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Behandelaar", "omschrijvingGeneriek", "behandelaar"))
                .post(ztc.url("/catalogi/api/v1/roltypen")).then().statusCode(201);
        admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Toegekend",
                        "resultaattypeomschrijving", suite.selectielijst.base + "/resultaattypeomschrijvingen/1",
                        "selectielijstklasse", suite.selectielijst.base + "/resultaten/1",
                        "brondatumArchiefprocedure", Map.of("afleidingswijze", "afgehandeld")))
                .post(ztc.url("/catalogi/api/v1/resultaattypen")).then().statusCode(201);
        admin().body(Map.of("zaaktype", zaaktype, "informatieobjecttype", "Aanvraag", "volgnummer", 1,
                "richting", "inkomend")).post(ztc.url("/catalogi/api/v1/zaaktype-informatieobjecttypen")).then()
                .statusCode(201);
        admin().post(zaaktype + "/publish").then().statusCode(200);
    }

    @AfterEach
    void geenStoring() {
        proxy.geenStoring();
    }

    @AfterAll
    static void stopTheServices() throws Exception {
        if (suite != null) {
            suite.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void aDocumentIsLinkedAndUnlinkedOnBothSides() {
        String zaak = zaak();
        String document = document();
        // the Documenten API takes the relation only from its source (drc-004)
        assertValidatieFout(admin().body(Map.of("informatieobject", document, "object", zaak, "objectType", "zaak"))
                .post(documentenBase + "/objectinformatieobjecten").then(), "nonFieldErrors", "inconsistent-relation");
        String zio = admin().body(Map.of("zaak", zaak, "informatieobject", document)).post(zrc.url("/zaken/api/v1/zaakinformatieobjecten"))
                .then().statusCode(201).extract().path("url");
        assertThat(spiegels(zaak)).containsExactly(document);
        // and removes it only once the source has (drc-004, the other way)
        String oio = admin().queryParam("object", zaak).get(documentenBase + "/objectinformatieobjecten").then()
                .extract().path("[0].url");
        assertValidatieFout(admin().delete(oio).then(), "nonFieldErrors", "remote-relation-exists");
        // drc-008: a document with relations is not deleted
        admin().delete(document).then().statusCode(400);
        admin().delete(zio).then().statusCode(204);
        assertThat(spiegels(zaak)).isEmpty();
        admin().delete(document).then().statusCode(204);
    }

    @Test
    void theCallNotSentLeavesNothing() throws Exception {
        String zaak = zaak();
        String document = document();
        proxy.storing("POST", OIO, Storing.NIET_VERSTUURD);
        assertFout(admin().body(Map.of("zaak", zaak, "informatieobject", document))
                .post(zrc.url("/zaken/api/v1/zaakinformatieobjecten")).then(), 503, "upstream_error");
        assertThat(relaties(zaak)).isEmpty();
        assertThat(spiegels(zaak)).isEmpty();
    }

    @Test
    void theAnswerLostLeavesNothingOnEitherSide() throws Exception {
        String zaak = zaak();
        String document = document();
        proxy.storing("POST", OIO, Storing.ANTWOORD_KWIJT);
        assertFout(admin().body(Map.of("zaak", zaak, "informatieobject", document))
                .post(zrc.url("/zaken/api/v1/zaakinformatieobjecten")).then(), 503, "upstream_error");
        // the Documenten API made the objectinformatieobject; the Zaken API withdrew its side and removed it
        assertThat(relaties(zaak)).isEmpty();
        assertThat(spiegels(zaak)).isEmpty();
        proxy.geenStoring();
        // the same pair can be linked afterwards
        admin().body(Map.of("zaak", zaak, "informatieobject", document)).post(zrc.url("/zaken/api/v1/zaakinformatieobjecten"))
                .then().statusCode(201);
        assertThat(spiegels(zaak)).containsExactly(document);
    }

    @Test
    void aKilledZakenApiIsRepairedAfterItsRestart() throws Exception {
        String zaak = zaak();
        String gespiegeld = document();
        String niet = document();
        // killed after the Documenten API made the mirror, before the Zaken API heard of it
        proxy.storing("POST", OIO, Storing.VERSTUURD_VASTGEHOUDEN);
        CompletableFuture<Integer> eerste = CompletableFuture.supplyAsync(() -> admin().body(Map.of("zaak", zaak,
                "informatieobject", gespiegeld)).post(zrc.url("/zaken/api/v1/zaakinformatieobjecten")).statusCode());
        proxy.wachtOpStoring();
        suite.kill("zaken");
        proxy.laatLos();
        assertThat(eerste.handle((status, error) -> error != null || status >= 500).get()).isTrue();
        Map<String, String> herstelSnel = Map.of("ZGW_SPIEGELING_HERSTEL_NA", "1S", "ZGW_SPIEGELING_INTERVAL", "500MS");
        zrc = suite.startAgain("zaken", herstelSnel);
        // the pending relation is completed: the mirror exists, so the creation is announced (audit trail)
        SuiteFixtures.await(() -> admin().get(zrc.url("/zaken/api/v1/zaken/" + uuid(zaak) + "/audittrail")).then()
                .extract().jsonPath().getList("findAll { it.resource == 'zaakinformatieobject' }.actie").contains("create"));
        assertThat(relaties(zaak)).containsExactly(gespiegeld);
        assertThat(spiegels(zaak)).containsExactly(gespiegeld);

        // killed before the call was sent: after the restart the relation is withdrawn. (The request is made
        // on a Zaken API with the default herstel-na, so no repair of a live process takes it meanwhile.)
        zrc = suite.restart("zaken", false, Map.of());
        proxy.storing("POST", OIO, Storing.NIET_VERSTUURD_VASTGEHOUDEN);
        CompletableFuture<Integer> tweede = CompletableFuture.supplyAsync(() -> admin().body(Map.of("zaak", zaak,
                "informatieobject", niet)).post(zrc.url("/zaken/api/v1/zaakinformatieobjecten")).statusCode());
        proxy.wachtOpStoring();
        assertThat(relaties(zaak)).containsExactlyInAnyOrder(gespiegeld, niet); // pending, visible
        suite.kill("zaken");
        proxy.laatLos();
        assertThat(tweede.handle((status, error) -> error != null || status >= 500).get()).isTrue();
        zrc = suite.startAgain("zaken", herstelSnel);
        SuiteFixtures.await(() -> relaties(zaak).equals(List.of(gespiegeld)));
        assertThat(spiegels(zaak)).containsExactly(gespiegeld);

        // a zaak deleted while the Documenten API is unreachable: its mirrors follow once it is back
        proxy.storing("DELETE", OIO + "/" + uuid(admin().queryParam("object", zaak).get(documentenBase
                + "/objectinformatieobjecten").then().extract().path("[0].url")), Storing.NIET_VERSTUURD);
        admin().delete(zaak).then().statusCode(204);
        proxy.wachtOpStoring();
        proxy.geenStoring();
        SuiteFixtures.await(() -> spiegels(zaak).isEmpty());
    }

    private static String zaak() {
        return admin().body(Map.of("bronorganisatie", "123456782", "verantwoordelijkeOrganisatie", "123456782",
                        "zaaktype", zaaktype, "startdatum", "2026-03-01"))
                .post(zrc.url("/zaken/api/v1/zaken")).then().statusCode(201).extract().path("url");
    }

    private static String document() {
        Map<String, Object> body = new HashMap<>();
        body.put("bronorganisatie", "123456782");
        body.put("creatiedatum", "2026-03-01");
        body.put("titel", "Aanvraag");
        body.put("auteur", "Aanvrager");
        body.put("taal", "nld");
        body.put("informatieobjecttype", informatieobjecttype);
        body.put("inhoud", Base64.getEncoder().encodeToString("aanvraag".getBytes()));
        body.put("bestandsnaam", "aanvraag.txt");
        body.put("formaat", "text/plain");
        return admin().body(body).post(documentenBase + "/enkelvoudiginformatieobjecten").then().statusCode(201)
                .extract().path("url");
    }

    /** The documents of the zaak in the Zaken API (zaakinformatieobjecten). */
    private static List<String> relaties(String zaak) {
        return admin().queryParam("zaak", zaak).get(zrc.url("/zaken/api/v1/zaakinformatieobjecten")).then().statusCode(200)
                .extract().jsonPath().getList("informatieobject", String.class).stream().sorted().toList();
    }

    /** The documents of the zaak in the Documenten API (objectinformatieobjecten). */
    private static List<String> spiegels(String zaak) {
        return admin().queryParam("object", zaak).get(documentenBase + "/objectinformatieobjecten").then().statusCode(200)
                .extract().jsonPath().getList("informatieobject", String.class).stream().sorted().toList();
    }

    private static String uuid(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static RequestSpecification admin() {
        return Suite.admin();
    }
}
