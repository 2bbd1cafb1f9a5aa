package nl.zgw.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

/**
 * The life of a case across the six real services on one PostgreSQL, with notifications on: an
 * operator publishes a catalogus; a client with limited autorisaties registers a zaak, adds a rol,
 * uploads a document in bestandsdelen, sets a status, records a besluit with its document, sets
 * the resultaat and closes the zaak, whose archive dates are derived; a subscriber hears of it all,
 * in order per zaak, document and besluit; a client of another department sees none of it in any
 * API; {@code expand} shows nothing its caller could not read directly. Then what one API changes
 * is seen by the others as the standard says.
 */
class ZaakLevensloopTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RSIN = "123456782";

    private static Suite suite;
    private static Subscriber subscriber;
    private static SuiteProcess ac;
    private static SuiteProcess ztc;
    private static SuiteProcess zrc;
    private static SuiteProcess drc;
    private static SuiteProcess brc;
    private static SuiteProcess nrc;

    private static String zaaktype;
    private static String aanvraag;
    private static String besluitbrief;
    private static String besluittype;
    private static List<String> statustypen;
    private static String resultaattype;
    private static String initiator;

    @BeforeAll
    static void startTheSuite() throws Exception {
        long start = System.nanoTime();
        suite = Suite.start("system_levensloop", Map.of("ZGW_OUTBOX_ENABLED", "true", "ZGW_OUTBOX_INITIAL_BACKOFF", "200ms",
                        "ZGW_OUTBOX_MAX_BACKOFF", "2s", "ZGW_SPIEGELING_INTERVAL", "500ms"), Map.of(),
                Map.of("documenten", Map.of("ZGW_DOCUMENTEN_BESTANDSDEEL_GROOTTE", "100")),
                "notificaties", "catalogi", "zaken", "documenten", "besluiten");
        ac = suite.process("autorisaties");
        ztc = suite.process("catalogi");
        zrc = suite.process("zaken");
        drc = suite.process("documenten");
        brc = suite.process("besluiten");
        nrc = suite.process("notificaties");
        subscriber = Subscriber.start();
        for (String kanaal : List.of("zaken", "documenten", "besluiten")) {
            SuiteFixtures.await(() -> admin().queryParam("naam", kanaal).get(nrc.url("/notificaties/api/v1/kanaal"))
                    .then().extract().jsonPath().getList("$").size() == 1);
        }
        // the Zaken API keeps its copies of catalogi types current through its abonnement on kanaal
        // zaaktypen: wait until it holds one (it registers it with a backoff while the Notificaties
        // API or the kanaal is not there yet), or a change made before would go unnoticed
        SuiteFixtures.await(() -> admin().get(nrc.url("/notificaties/api/v1/abonnement")).then().extract().jsonPath()
                .<String>getList("findAll { it.callbackUrl.startsWith('" + zrc.url("/") + "') }.kanalen.flatten().naam")
                .contains("zaaktypen"));
        admin().body(Map.of("callbackUrl", subscriber.url(), "auth", "Bearer abonnee", "kanalen", List.of(
                        Map.of("naam", "zaken", "filters", Map.of()), Map.of("naam", "documenten", "filters", Map.of()),
                        Map.of("naam", "besluiten", "filters", Map.of()))))
                .post(nrc.url("/notificaties/api/v1/abonnement")).then().statusCode(201);
        catalogus();
        System.out.printf("suite started and catalogus published in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @AfterAll
    static void stopTheSuite() throws Exception {
        if (subscriber != null) {
            subscriber.close();
        }
        if (suite != null) {
            suite.close();
        }
    }

    /** The operator's catalogus: two informatieobjecttypen, a besluittype and a zaaktype using them, all published. */
    private static void catalogus() {
        String catalogus = admin().body(Map.of("domein", "LVL", "rsin", RSIN, "contactpersoonBeheerNaam", "Beheer"))
                .post(ztc.url("/catalogi/api/v1/catalogussen")).then().statusCode(201).extract().path("url");
        aanvraag = informatieobjecttype(catalogus, "Aanvraag");
        besluitbrief = informatieobjecttype(catalogus, "Besluitbrief");
        besluittype = admin().body(Map.of("catalogus", catalogus, "omschrijving", "Vergunning",
                        "publicatieIndicatie", false, "informatieobjecttypen", List.of("Besluitbrief"),
                        "beginGeldigheid", "2024-01-01"))
                .post(ztc.url("/catalogi/api/v1/besluittypen")).then().statusCode(oneOf(200, 201)).extract().path("url");
        admin().post(besluittype + "/publish").then().statusCode(200);
        Map<String, Object> body = SuiteFixtures.zaaktype(catalogus, suite.selectielijst.base + "/procestypen/1");
        body.put("besluittypen", List.of("Vergunning"));
        body.put("vertrouwelijkheidaanduiding", "zaakvertrouwelijk");
        zaaktype = admin().body(body).post(ztc.url("/catalogi/api/v1/zaaktypen")).then().statusCode(201)
                .extract().path("url");
        statustypen = new ArrayList<>();
        for (int volgnummer = 1; volgnummer <= 3; volgnummer++) {
            statustypen.add(admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Status " + volgnummer,
                    "volgnummer", volgnummer)).post(ztc.url("/catalogi/api/v1/statustypen")).then().statusCode(201)
                    .extract().path("url"));
        }
        initiator = admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Aanvrager", "omschrijvingGeneriek", "initiator"))
                .post(ztc.url("/catalogi/api/v1/roltypen")).then().statusCode(201).extract().path("url");
        admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Behandelaar", "omschrijvingGeneriek", "behandelaar"))
                .post(ztc.url("/catalogi/api/v1/roltypen")).then().statusCode(201);
        resultaattype = admin().body(Map.of("zaaktype", zaaktype, "omschrijving", "Verleend",
                        "resultaattypeomschrijving", suite.selectielijst.base + "/resultaattypeomschrijvingen/1",
                        "selectielijstklasse", suite.selectielijst.base + "/resultaten/1",
                        "archiefnominatie", "vernietigen", "archiefactietermijn", "P10Y",
                        "brondatumArchiefprocedure", Map.of("afleidingswijze", "afgehandeld")))
                .post(ztc.url("/catalogi/api/v1/resultaattypen")).then().statusCode(201).extract().path("url");
        admin().body(Map.of("zaaktype", zaaktype, "naam", "Kenteken", "definitie", "Het kenteken van het voertuig",
                        "specificatie", Map.of("formaat", "tekst", "lengte", "8", "kardinaliteit", "1")))
                .post(ztc.url("/catalogi/api/v1/eigenschappen")).then().statusCode(201);
        int volgnummer = 1;
        for (String iot : List.of("Aanvraag", "Besluitbrief")) {
            admin().body(Map.of("zaaktype", zaaktype, "informatieobjecttype", iot, "volgnummer", volgnummer++,
                    "richting", "inkomend")).post(ztc.url("/catalogi/api/v1/zaaktype-informatieobjecttypen")).then()
                    .statusCode(201);
        }
        admin().post(zaaktype + "/publish").then().statusCode(200);
    }

    private static String informatieobjecttype(String catalogus, String omschrijving) {
        String url = admin().body(Map.of("catalogus", catalogus, "omschrijving", omschrijving,
                        "vertrouwelijkheidaanduiding", "zaakvertrouwelijk", "beginGeldigheid", "2024-01-01",
                        "informatieobjectcategorie", omschrijving))
                .post(ztc.url("/catalogi/api/v1/informatieobjecttypen")).then().statusCode(oneOf(200, 201))
                .extract().path("url");
        admin().post(url + "/publish").then().statusCode(200);
        return url;
    }

    @Test
    void aCaseFromApplicationToArchive() throws Exception {
        long start = System.nanoTime();
        Supplier<RequestSpecification> behandelaar = client("behandelaar", List.of(
                Map.of("component", "zrc", "zaaktype", zaaktype, "maxVertrouwelijkheidaanduiding", "zaakvertrouwelijk",
                        "scopes", List.of("zaken.lezen", "zaken.aanmaken", "zaken.bijwerken", "zaken.statussen.toevoegen",
                                "audittrails.lezen")),
                Map.of("component", "drc", "informatieobjecttype", aanvraag, "maxVertrouwelijkheidaanduiding", "zaakvertrouwelijk",
                        "scopes", List.of("documenten.lezen", "documenten.aanmaken", "documenten.bijwerken", "documenten.lock",
                                "audittrails.lezen")),
                Map.of("component", "drc", "informatieobjecttype", besluitbrief, "maxVertrouwelijkheidaanduiding",
                        "zaakvertrouwelijk", "scopes", List.of("documenten.lezen", "documenten.aanmaken")),
                Map.of("component", "brc", "besluittype", besluittype,
                        "scopes", List.of("besluiten.lezen", "besluiten.aanmaken", "audittrails.lezen")),
                Map.of("component", "ztc", "scopes", List.of("catalogi.lezen"))));

        // the zaak, its initiator and the application, uploaded in three bestandsdelen
        String zaak = behandelaar.get().body(Map.of("bronorganisatie", RSIN, "verantwoordelijkeOrganisatie", RSIN,
                        "zaaktype", zaaktype, "startdatum", "2026-03-01", "vertrouwelijkheidaanduiding", "zaakvertrouwelijk",
                        "omschrijving", "Vergunning voor een uitrit"))
                .post(zrc.url("/zaken/api/v1/zaken")).then().statusCode(201).extract().path("url");
        String rol = behandelaar.get().body(Map.of("zaak", zaak, "roltype", initiator, "betrokkeneType", "natuurlijk_persoon",
                        "roltoelichting", "aanvrager", "betrokkeneIdentificatie", Map.of("inpBsn", "999993653",
                                "geslachtsnaam", "Jansen")))
                .post(zrc.url("/zaken/api/v1/rollen")).then().statusCode(201).extract().path("url");
        byte[] inhoud = new byte[250];
        new java.util.Random(7).nextBytes(inhoud);
        String document = inDelen(behandelaar, inhoud);
        String zio = behandelaar.get().body(Map.of("zaak", zaak, "informatieobject", document, "titel", "Aanvraag"))
                .post(zrc.url("/zaken/api/v1/zaakinformatieobjecten")).then().statusCode(201).extract().path("url");
        String status1 = behandelaar.get().body(Map.of("zaak", zaak, "statustype", statustypen.get(0),
                "datumStatusGezet", "2026-03-01T09:00:00Z")).post(zrc.url("/zaken/api/v1/statussen")).then()
                .statusCode(201).extract().path("url");

        // the besluit and the letter that lays it down
        String besluit = behandelaar.get().body(Map.of("verantwoordelijkeOrganisatie", RSIN, "besluittype", besluittype,
                        "zaak", zaak, "datum", "2026-03-05", "ingangsdatum", "2026-03-06"))
                .post(brc.url("/besluiten/api/v1/besluiten")).then().statusCode(201).extract().path("url");
        String brief = document(behandelaar, besluitbrief, "Besluit op uw aanvraag");
        String bio = behandelaar.get().body(Map.of("besluit", besluit, "informatieobject", brief))
                .post(brc.url("/besluiten/api/v1/besluitinformatieobjecten")).then().statusCode(201).extract().path("url");
        SuiteFixtures.await(() -> admin().get(zaak + "/besluiten").then().extract().jsonPath().getList("besluit")
                .contains(besluit));
        String zioBrief = behandelaar.get().body(Map.of("zaak", zaak, "informatieobject", brief, "titel", "Besluit"))
                .post(zrc.url("/zaken/api/v1/zaakinformatieobjecten")).then().statusCode(201).extract().path("url");

        // the resultaat, then the eindstatus closes the zaak and derives its archive dates
        String resultaat = behandelaar.get().body(Map.of("zaak", zaak, "resultaattype", resultaattype))
                .post(zrc.url("/zaken/api/v1/resultaten")).then().statusCode(201).extract().path("url");
        String eindstatus = behandelaar.get().body(Map.of("zaak", zaak, "statustype", statustypen.get(2),
                "datumStatusGezet", "2026-03-10T10:00:00Z")).post(zrc.url("/zaken/api/v1/statussen")).then()
                .statusCode(201).extract().path("url");
        behandelaar.get().get(zaak).then().statusCode(200)
                .body("einddatum", equalTo("2026-03-10"))
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", equalTo("2036-03-10"))
                .body("status", equalTo(eindstatus))
                .body("resultaat", equalTo(resultaat));
        assertThat(behandelaar.get().get(document + "/download").then().statusCode(200).extract().asByteArray())
                .isEqualTo(inhoud);

        // one call shows the case with its types, documents and what follows them
        behandelaar.get().queryParam("expand", "zaaktype,status.statustype,resultaat.resultaattype,rollen,"
                        + "zaakinformatieobjecten.informatieobject.informatieobjecttype").get(zaak).then().statusCode(200)
                .body("_expand.zaaktype.url", equalTo(zaaktype))
                .body("_expand.status._expand.statustype.url", equalTo(statustypen.get(2)))
                .body("_expand.resultaat._expand.resultaattype.url", equalTo(resultaattype))
                .body("_expand.rollen.url", contains(rol))
                .body("_expand.zaakinformatieobjecten.url", contains(zio, zioBrief))
                .body("_expand.zaakinformatieobjecten[0]._expand.informatieobject.url", equalTo(document))
                .body("_expand.zaakinformatieobjecten[0]._expand.informatieobject._expand.informatieobjecttype.url",
                        equalTo(aanvraag));
        behandelaar.get().queryParam("expand", "besluit.besluittype").get(zaak + "/besluiten").then().statusCode(200)
                .body("_expand.besluit.url", contains(besluit))
                .body("[0]._expand.besluit._expand.besluittype.url", equalTo(besluittype));

        // the subscriber heard of everything, in order per object
        List<String> perZaak = List.of(zaak, rol, zio, status1, zioBrief, resultaat, eindstatus);
        SuiteFixtures.await(() -> zijnAangekomen(zaak, perZaak) && zijnAangekomen(besluit, List.of(besluit, bio))
                && zijnAangekomen(document, List.of(document)));
        assertThat(volgorde(zaak, perZaak)).containsExactlyElementsOf(perZaak);
        assertThat(volgorde(besluit, List.of(besluit, bio))).containsExactly(besluit, bio);
        System.out.printf("the life of a case took %d ms%n", (System.nanoTime() - start) / 1_000_000);

        // a client of another department sees none of it, in any API
        String elders = ztc.url("/catalogi/api/v1/");
        Supplier<RequestSpecification> buitenstaander = client("buitenstaander", List.of(
                Map.of("component", "zrc", "zaaktype", elders + "zaaktypen/" + UUID.randomUUID(),
                        "maxVertrouwelijkheidaanduiding", "zeer_geheim", "scopes", List.of("zaken.lezen", "audittrails.lezen")),
                Map.of("component", "drc", "informatieobjecttype", elders + "informatieobjecttypen/" + UUID.randomUUID(),
                        "maxVertrouwelijkheidaanduiding", "zeer_geheim", "scopes", List.of("documenten.lezen", "audittrails.lezen")),
                Map.of("component", "brc", "besluittype", elders + "besluittypen/" + UUID.randomUUID(),
                        "scopes", List.of("besluiten.lezen", "audittrails.lezen")),
                Map.of("component", "ztc", "scopes", List.of("catalogi.lezen"))));
        zietNiets(buitenstaander, zaak, List.of(rol, zio, zioBrief, status1, resultaat, eindstatus), List.of(document, brief),
                List.of(besluit), bio);

        // a reader of the zaak alone sees the zaak expanded with {} where it may not read
        Supplier<RequestSpecification> zaaklezer = client("zaaklezer", List.of(
                Map.of("component", "zrc", "zaaktype", zaaktype, "maxVertrouwelijkheidaanduiding", "zaakvertrouwelijk",
                        "scopes", List.of("zaken.lezen"))));
        JsonNode uitgebreid = JSON.readTree(zaaklezer.get().queryParam("expand", "zaaktype,status.statustype,rollen,"
                        + "zaakinformatieobjecten.informatieobject.informatieobjecttype,resultaat.resultaattype").get(zaak)
                .then().statusCode(200).extract().asString());
        leeg(uitgebreid.at("/_expand/zaakinformatieobjecten/0/_expand/informatieobject"));
        leeg(uitgebreid.at("/_expand/zaakinformatieobjecten/1/_expand/informatieobject"));
        // no catalogi.lezen, but zaken.lezen reads the Catalogi API's types too (ztc-014)
        assertThat(uitgebreid.at("/_expand/zaaktype/url").asText()).isEqualTo(zaaktype);
        alleenWatDirectLeesbaarIs(zaaklezer, uitgebreid);
        JsonNode besluiten = JSON.readTree(zaaklezer.get().queryParam("expand", "besluit.besluittype").get(zaak + "/besluiten")
                .then().statusCode(200).extract().asString());
        leeg(besluiten.at("/0/_expand/besluit"));
        alleenWatDirectLeesbaarIs(zaaklezer, besluiten);
        // a reader of the zaak and of the applications only: the Documenten API shows it the one, not the other
        Supplier<RequestSpecification> aanvraaglezer = client("aanvraaglezer", List.of(
                Map.of("component", "zrc", "zaaktype", zaaktype, "maxVertrouwelijkheidaanduiding", "zaakvertrouwelijk",
                        "scopes", List.of("zaken.lezen")),
                Map.of("component", "drc", "informatieobjecttype", aanvraag, "maxVertrouwelijkheidaanduiding",
                        "zaakvertrouwelijk", "scopes", List.of("documenten.lezen"))));
        JsonNode deels = JSON.readTree(aanvraaglezer.get().queryParam("expand",
                "zaakinformatieobjecten.informatieobject.informatieobjecttype").get(zaak).then().statusCode(200)
                .extract().asString());
        assertThat(deels.at("/_expand/zaakinformatieobjecten/0/_expand/informatieobject/url").asText()).isEqualTo(document);
        assertThat(deels.at("/_expand/zaakinformatieobjecten/0/_expand/informatieobject/_expand/informatieobjecttype/url")
                .asText()).isEqualTo(aanvraag);
        assertThat(deels.at("/_expand/zaakinformatieobjecten/1/informatieobject").asText()).isEqualTo(brief);
        leeg(deels.at("/_expand/zaakinformatieobjecten/1/_expand/informatieobject"));
        alleenWatDirectLeesbaarIs(aanvraaglezer, deels);
        // the behandelaar's full expansion holds nothing it could not read either
        alleenWatDirectLeesbaarIs(behandelaar, JSON.readTree(behandelaar.get().queryParam("expand", "zaaktype,"
                        + "status.statustype,rollen.statussen,zaakinformatieobjecten.informatieobject.informatieobjecttype,"
                        + "resultaat.resultaattype").get(zaak).then().statusCode(200).extract().asString()));
    }

    /** An expansion that is there and shows nothing: {@code {}}. */
    private static void leeg(JsonNode node) {
        assertThat(node.isObject()).as("an object: " + node).isTrue();
        assertThat(node.size()).as("empty: " + node).isZero();
    }

    /** Nothing of the case in lists, details, {@code _zoek}, downloads, audit trails or expand. */
    private static void zietNiets(Supplier<RequestSpecification> client, String zaak, List<String> inZaak,
                                  List<String> documenten, List<String> besluiten, String bio) {
        client.get().get(zaak).then().statusCode(403);
        client.get().get(zaak + "/audittrail").then().statusCode(403);
        client.get().get(zaak + "/besluiten").then().statusCode(403);
        client.get().queryParam("identificatie", (String) admin().get(zaak).then().extract().path("identificatie"))
                .get(zrc.url("/zaken/api/v1/zaken")).then().statusCode(200).body("count", equalTo(0));
        client.get().body(Map.of("uuid__in", List.of(uuid(zaak)), "expand", "rollen,status"))
                .post(zrc.url("/zaken/api/v1/zaken/_zoek")).then().statusCode(200).body("count", equalTo(0));
        for (String collectie : List.of("rollen", "statussen", "resultaten")) {
            client.get().queryParam("zaak", zaak).get(zrc.url("/zaken/api/v1/" + collectie)).then().statusCode(200)
                    .body("results", empty());
        }
        client.get().queryParam("zaak", zaak).get(zrc.url("/zaken/api/v1/zaakinformatieobjecten")).then().statusCode(200)
                .body("$", empty());
        for (String url : inZaak) {
            client.get().get(url).then().statusCode(403);
        }
        for (String document : documenten) {
            client.get().get(document).then().statusCode(403);
            client.get().get(document + "/download").then().statusCode(403);
            client.get().get(document + "/audittrail").then().statusCode(403);
            client.get().queryParam("informatieobject", document).get(drc.url("/documenten/api/v1/objectinformatieobjecten"))
                    .then().statusCode(200).body("$", empty());
        }
        client.get().body(Map.of("uuid__in", documenten.stream().map(ZaakLevensloopTest::uuid)
                .toList())).post(drc.url("/documenten/api/v1/enkelvoudiginformatieobjecten/_zoek")).then().statusCode(200)
                .body("count", equalTo(0));
        client.get().queryParam("bronorganisatie", RSIN).get(drc.url("/documenten/api/v1/enkelvoudiginformatieobjecten"))
                .then().statusCode(200).body("count", equalTo(0));
        client.get().queryParam("object", zaak).get(drc.url("/documenten/api/v1/objectinformatieobjecten")).then()
                .statusCode(200).body("$", empty());
        for (String besluit : besluiten) {
            client.get().get(besluit).then().statusCode(403);
            client.get().get(besluit + "/audittrail").then().statusCode(403);
            client.get().queryParam("besluit", besluit).get(brc.url("/besluiten/api/v1/besluitinformatieobjecten")).then()
                    .statusCode(200).body("$", empty());
        }
        client.get().queryParam("zaak", zaak).queryParam("expand", "zaak").get(brc.url("/besluiten/api/v1/besluiten"))
                .then().statusCode(200).body("count", equalTo(0));
        client.get().get(bio).then().statusCode(403);
    }

    /**
     * Every object under {@code _expand} that has a URL is one the client reads directly (200); every
     * reference that expanded to {@code {}} is one it may not read (403) or that does not exist.
     */
    private static void alleenWatDirectLeesbaarIs(Supplier<RequestSpecification> client, JsonNode node) {
        if (node.isArray()) {
            node.forEach(n -> alleenWatDirectLeesbaarIs(client, n));
            return;
        }
        if (!node.isObject() || !node.has("_expand")) {
            return;
        }
        node.get("_expand").fields().forEachRemaining(e -> {
            List<JsonNode> objecten = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(objecten::add);
            } else {
                objecten.add(e.getValue());
            }
            for (JsonNode object : objecten) {
                if (object.has("url")) {
                    String url = object.get("url").asText();
                    assertThat(client.get().get(url).statusCode()).as("expanded: " + url).isEqualTo(200);
                    alleenWatDirectLeesbaarIs(client, object);
                } else if (node.hasNonNull(e.getKey()) && node.get(e.getKey()).isTextual()
                        && !node.get(e.getKey()).asText().isEmpty()) {
                    String url = node.get(e.getKey()).asText();
                    assertThat(client.get().get(url).statusCode()).as("shown as {}: " + url).isIn(403, 404);
                }
            }
        });
    }

    @Test
    void changesInOneApiAreSeenByTheOthers() throws Exception {
        // a zaaktype that ends its geldigheid: the Zaken API shows the change (the Catalogi API's
        // notification drops its cached copy) and the zaken that run on it carry on
        String zaak = zaak();
        admin().body(Map.of("eindeGeldigheid", "2026-12-31")).patch(zaaktype).then().statusCode(200);
        SuiteFixtures.await(() -> "2026-12-31".equals(admin().queryParam("expand", "zaaktype").get(zaak).then()
                .extract().path("_expand.zaaktype.eindeGeldigheid")));
        admin().body(Map.of("zaak", zaak, "statustype", statustypen.get(0), "datumStatusGezet", "2026-03-02T09:00:00Z"))
                .post(zrc.url("/zaken/api/v1/statussen")).then().statusCode(201);

        // a document still related to a zaak cannot go (drc-008); once the zaak lets it go, it can
        String document = document(ZaakLevensloopTest::admin, aanvraag, "Aanvraag");
        String zio = admin().body(Map.of("zaak", zaak, "informatieobject", document))
                .post(zrc.url("/zaken/api/v1/zaakinformatieobjecten")).then().statusCode(201).extract().path("url");
        assertValidatieFout(admin().delete(document).then(), "nonFieldErrors", "pending-relations");
        admin().delete(zio).then().statusCode(204);
        SuiteFixtures.await(() -> admin().queryParam("object", zaak).get(drc.url("/documenten/api/v1/objectinformatieobjecten"))
                .then().extract().jsonPath().getList("$").isEmpty());
        admin().delete(document).then().statusCode(204);
        admin().get(zaak).then().body("zaakinformatieobjecten", empty());

        // a besluit removed from the zaak: its zaakbesluit and its document's relation go with it (brc-009)
        String besluit = besluit(zaak);
        String brief = document(ZaakLevensloopTest::admin, besluitbrief, "Besluit");
        admin().body(Map.of("besluit", besluit, "informatieobject", brief))
                .post(brc.url("/besluiten/api/v1/besluitinformatieobjecten")).then().statusCode(201);
        admin().delete(besluit).then().statusCode(204);
        SuiteFixtures.await(() -> admin().get(zaak + "/besluiten").then().extract().jsonPath().getList("$").isEmpty());
        SuiteFixtures.await(() -> admin().queryParam("object", besluit).get(drc.url("/documenten/api/v1/objectinformatieobjecten"))
                .then().extract().jsonPath().getList("$").isEmpty());

        // a zaak with a besluit cannot go; without it, it goes with its documents' relations (zrc-023)
        String tweede = besluit(zaak);
        String bijlage = document(ZaakLevensloopTest::admin, aanvraag, "Bijlage");
        admin().body(Map.of("zaak", zaak, "informatieobject", bijlage))
                .post(zrc.url("/zaken/api/v1/zaakinformatieobjecten")).then().statusCode(201);
        assertValidatieFout(admin().delete(zaak).then(), "nonFieldErrors", "pending-besluit-relation");
        admin().get(zaak).then().statusCode(200);
        admin().delete(tweede).then().statusCode(204);
        SuiteFixtures.await(() -> admin().get(zaak + "/besluiten").then().extract().jsonPath().getList("$").isEmpty());
        admin().delete(zaak).then().statusCode(204);
        admin().get(zaak).then().statusCode(404);
        SuiteFixtures.await(() -> admin().queryParam("object", zaak).get(drc.url("/documenten/api/v1/objectinformatieobjecten"))
                .then().extract().jsonPath().getList("$").isEmpty());
        admin().delete(bijlage).then().statusCode(204); // no relation holds it any more
        admin().get(brief).then().statusCode(200); // a document is the Documenten API's: it outlives zaak and besluit
    }

    private static String zaak() {
        return admin().body(Map.of("bronorganisatie", RSIN, "verantwoordelijkeOrganisatie", RSIN, "zaaktype", zaaktype,
                        "startdatum", "2026-03-01")).post(zrc.url("/zaken/api/v1/zaken")).then().statusCode(201)
                .extract().path("url");
    }

    private static String besluit(String zaak) {
        return admin().body(Map.of("verantwoordelijkeOrganisatie", RSIN, "besluittype", besluittype, "zaak", zaak,
                        "datum", "2026-03-05", "ingangsdatum", "2026-03-06"))
                .post(brc.url("/besluiten/api/v1/besluiten")).then().statusCode(201).extract().path("url");
    }

    /** A document in three bestandsdelen of 100 bytes: announced, each part uploaded, then unlocked. */
    private static String inDelen(Supplier<RequestSpecification> client, byte[] inhoud) {
        Map<String, Object> body = documentBody(aanvraag, "Aanvraag uitritvergunning");
        body.put("bestandsomvang", inhoud.length);
        body.put("inhoud", null);
        var created = client.get().body(body).post(drc.url("/documenten/api/v1/enkelvoudiginformatieobjecten")).then()
                .statusCode(201).body("bestandsdelen.size()", equalTo(3)).extract().jsonPath();
        String lock = created.getString("lock");
        for (int i = 0; i < 3; i++) {
            client.get().contentType("multipart/form-data")
                    .multiPart("inhoud", "deel" + i, Arrays.copyOfRange(inhoud, i * 100, Math.min(inhoud.length, (i + 1) * 100)))
                    .multiPart("lock", lock).put(created.getString("bestandsdelen[" + i + "].url")).then().statusCode(200);
        }
        String url = created.getString("url");
        client.get().body(Map.of("lock", lock)).post(url + "/unlock").then().statusCode(204);
        return url;
    }

    private static String document(Supplier<RequestSpecification> client, String informatieobjecttype, String titel) {
        Map<String, Object> body = documentBody(informatieobjecttype, titel);
        body.put("inhoud", Base64.getEncoder().encodeToString(titel.getBytes()));
        return client.get().body(body).post(drc.url("/documenten/api/v1/enkelvoudiginformatieobjecten")).then()
                .statusCode(201).extract().path("url");
    }

    private static Map<String, Object> documentBody(String informatieobjecttype, String titel) {
        Map<String, Object> body = new HashMap<>();
        body.put("bronorganisatie", RSIN);
        body.put("creatiedatum", "2026-03-01");
        body.put("titel", titel);
        body.put("auteur", "Gemeente");
        body.put("taal", "nld");
        body.put("informatieobjecttype", informatieobjecttype);
        body.put("vertrouwelijkheidaanduiding", "zaakvertrouwelijk");
        body.put("bestandsnaam", "document.bin");
        body.put("formaat", "application/octet-stream");
        body.put("indicatieGebruiksrecht", false);
        return body;
    }

    /** A client made through the Autorisaties API's beheer and applicaties endpoints, as an operator does. */
    private static Supplier<RequestSpecification> client(String naam, List<Map<String, Object>> autorisaties) {
        String clientId = naam + "-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = admin().body(Map.of("clientId", clientId)).post(ac.url("/autorisaties/beheer/v1/credentials"))
                .then().statusCode(201).extract().path("secret");
        admin().body(Map.of("clientIds", List.of(clientId), "label", naam, "autorisaties", autorisaties))
                .post(ac.url("/autorisaties/api/v1/applicaties")).then().statusCode(201);
        return () -> RestAssured.given().auth().oauth2(ZgwTokenSigner.sign(clientId, secret, "", ""))
                .contentType("application/json").header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326");
    }

    private static boolean zijnAangekomen(String hoofdObject, List<String> resources) {
        return volgorde(hoofdObject, resources).containsAll(resources);
    }

    /** The resourceUrls of {@code resources} in the order their first notification about {@code hoofdObject} arrived. */
    private static List<String> volgorde(String hoofdObject, List<String> resources) {
        List<String> out = new ArrayList<>();
        for (String body : subscriber.received()) {
            JsonNode m;
            try {
                m = JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(body, e);
            }
            String resource = m.path("resourceUrl").asText();
            if (hoofdObject.equals(m.path("hoofdObject").asText()) && "create".equals(m.path("actie").asText())
                    && resources.contains(resource) && !out.contains(resource)) {
                out.add(resource);
            }
        }
        return out;
    }

    private static String uuid(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static RequestSpecification admin() {
        return Suite.admin();
    }
}
