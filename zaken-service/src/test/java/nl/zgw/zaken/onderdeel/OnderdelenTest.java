package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.outbox;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Rollen, zaakobjecten, klantcontacten and the relations with contactmomenten and verzoeken; audit trail. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class OnderdelenTest {

    private static final String API = "/zaken/api/v1";

    @Inject
    DataSource dataSource;

    private static Map<String, Object> rol(String zaak, Map<String, Object> identificatie) {
        Map<String, Object> body = new HashMap<>();
        body.put("zaak", zaak);
        body.put("betrokkeneType", "natuurlijk_persoon");
        body.put("roltype", CatalogiStub.url("roltypen", "initiator"));
        body.put("roltoelichting", "aanvrager");
        if (identificatie != null) {
            body.put("betrokkeneIdentificatie", identificatie);
        }
        return body;
    }

    @Test
    void referencesThatAreNotFetchedAreStillUrls() {
        String zaak = create("alles", zaak("a", rsin()));
        Map<String, Object> rol = rol(zaak, null);
        rol.put("betrokkene", "geen url");
        assertValidatieFout(as("alles").body(rol).post(API + "/rollen").then(), "betrokkene", "invalid");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "object", "ftp://elders/1", "objectType", "adres"))
                .post(API + "/zaakobjecten").then(), "object", "invalid");
        assertValidatieFout(as("alles").body(Map.of("selectielijstklasse", "klasse-1")).patch(path(zaak)).then(),
                "selectielijstklasse", "invalid");
        rol.put("betrokkene", "https://personen.example/api/v1/ingeschrevenpersonen/1");
        as("alles").body(rol).post(API + "/rollen").then().statusCode(201);
    }

    @Test
    void rollenTakeTheirShapeAndAreFoundByTheirIdentificatie() {
        String bsn = String.format("%09d", (long) (Math.random() * 999_999_999L));
        String zaak = create("alles", zaak("a", rsin()));
        String rol = as("alles").body(rol(zaak, Map.of("inpBsn", bsn, "geslachtsnaam", "Jansen",
                        "verblijfsadres", Map.of("aoaIdentificatie", "1", "wplWoonplaatsNaam", "Utrecht",
                                "gorOpenbareRuimteNaam", "Straat", "aoaHuisnummer", 12))))
                .post(API + "/rollen").then().statusCode(201)
                .body("omschrijving", equalTo("Aanvrager")).body("omschrijvingGeneriek", equalTo("initiator"))
                .body("betrokkeneIdentificatie.inpBsn", equalTo(bsn)).body("statussen", empty())
                .extract().path("url");
        as("alles").get(path(zaak)).then().body("rollen", contains(rol));
        as("alles").queryParam("betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn).get(API + "/rollen").then()
                .body("results.url", contains(rol));
        as("alles").queryParam("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn).get(ZAKEN).then()
                .body("results.url", contains(zaak));
        as("alles").body(Map.of("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn,
                "rol__omschrijvingGeneriek", "initiator")).post(ZAKEN + "/_zoek").then().body("results.url", contains(zaak));
        as("alles").body(Map.of("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn,
                "rol__omschrijvingGeneriek", "behandelaar")).post(ZAKEN + "/_zoek").then().body("count", equalTo(0));

        // a status set by the rol shows on it
        String status = as("alles").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-02T10:00:00Z", "gezetdoor", rol)).post(API + "/statussen").then()
                .statusCode(201).extract().path("url");
        as("alles").get(path(rol)).then().body("statussen", contains(status));

        assertValidatieFout(as("alles").body(rol(zaak, null)).post(API + "/rollen").then(), "nonFieldErrors",
                "invalid-betrokkene");
        assertValidatieFout(as("alles").body(rol(zaak, Map.of("inpBsn", "1234567890"))).post(API + "/rollen").then(),
                "betrokkeneIdentificatie.inpBsn", "max_length");
        assertValidatieFout(as("alles").body(rol(zaak, Map.of("verblijfsadres", Map.of("aoaIdentificatie", "1",
                "aoaHuisnummer", 3, "gorOpenbareRuimteNaam", "Straat"))))
                .post(API + "/rollen").then(), "betrokkeneIdentificatie.verblijfsadres.wplWoonplaatsNaam", "required");
        Map<String, Object> vreemd = rol(zaak, Map.of("inpBsn", "1"));
        vreemd.put("betrokkeneType", "robot");
        assertValidatieFout(as("alles").body(vreemd).post(API + "/rollen").then(), "betrokkeneType", "invalid_choice");
        as("alles").delete(path(rol)).then().statusCode(204);
        as("alles").get(path(zaak)).then().body("rollen", empty());
    }

    @Test
    void zaakobjectenByUrlOrIdentificatie() {
        String zaak = create("alles", zaak("a", rsin()));
        String object = "https://bag.example/panden/" + java.util.UUID.randomUUID();
        String zaakobject = as("aanmaker").body(Map.of("zaak", zaak, "object", object, "objectType", "pand",
                        "zaakobjecttype", CatalogiStub.url("zaakobjecttypen", "zot"), "relatieomschrijving", "betreft"))
                .post(API + "/zaakobjecten").then().statusCode(201).extract().path("url");
        as("alles").queryParam("object", object).get(API + "/zaakobjecten").then().body("results.url", contains(zaakobject));
        as("alles").get(path(zaak)).then().body("zaakobjecten", contains(zaakobject));
        as("alles").body(Map.of("relatieomschrijving", "anders")).patch(path(zaakobject)).then().statusCode(200)
                .body("object", equalTo(object)).body("relatieomschrijving", equalTo("anders"));

        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "objectType", "ufo", "object", object))
                .post(API + "/zaakobjecten").then(), "objectType", "invalid_choice");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "objectType", "overige", "object", object))
                .post(API + "/zaakobjecten").then(), "objectTypeOverige", "required");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "objectType", "pand"))
                .post(API + "/zaakobjecten").then(), "nonFieldErrors", "invalid-zaakobject");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "objectType", "adres", "objectIdentificatie",
                Map.of("identificatie", "1", "gorOpenbareRuimteNaam", "Straat", "huisnummer", 3)))
                .post(API + "/zaakobjecten").then(),
                "objectIdentificatie.wplWoonplaatsNaam", "required");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "objectType", "pand", "object", object,
                "zaakobjecttype", CatalogiStub.url("zaakobjecttypen", "nope"))).post(API + "/zaakobjecten").then(),
                "zaakobjecttype", "bad-url");
        as("alles").delete(path(zaakobject)).then().statusCode(204);
    }

    @Test
    void klantcontactenContactmomentenAndVerzoeken() {
        String zaak = create("alles", zaak("a", rsin()));
        String klantcontact = as("alles").body(Map.of("zaak", zaak, "datumtijd", "2026-03-02T10:00:00Z",
                "kanaal", "telefoon", "onderwerp", "vraag")).post(API + "/klantcontacten").then().statusCode(201)
                .extract().path("url");
        as("alles").queryParam("zaak", zaak).get(API + "/klantcontacten").then().body("results.url", contains(klantcontact));
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "datumtijd", "2026-03-02T10:00:00Z",
                "identificatie", "123456789012345")).post(API + "/klantcontacten").then(), "identificatie", "max_length");

        String contactmoment = "https://contactmomenten.example/api/v1/contactmomenten/1";
        String zcm = as("behandelaar").body(Map.of("zaak", zaak, "contactmoment", contactmoment))
                .post(API + "/zaakcontactmomenten").then().statusCode(201).extract().path("url");
        as("alles").queryParam("contactmoment", contactmoment).queryParam("zaak", zaak).get(API + "/zaakcontactmomenten")
                .then().body("url", contains(zcm));
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "contactmoment", "geen url"))
                .post(API + "/zaakcontactmomenten").then(), "contactmoment", "invalid");
        as("behandelaar").delete(path(zcm)).then().statusCode(204);

        String verzoek = "https://verzoeken.example/api/v1/verzoeken/1";
        String zv = as("alles").body(Map.of("zaak", zaak, "verzoek", verzoek)).post(API + "/zaakverzoeken").then()
                .statusCode(201).extract().path("url");
        as("alles").queryParam("zaak", zaak).get(API + "/zaakverzoeken").then().body("url", contains(zv));
        // a client with zaken.aanmaken only may not relate verzoeken (zaken.bijwerken)
        assertFout(as("corrector").body(Map.of("zaak", zaak, "verzoek", verzoek)).post(API + "/zaakverzoeken").then(),
                403, "permission_denied");
    }

    @Test
    void expandIncludesWhatLivesInsideTheZaakAndItsTypes() {
        String bron = rsin();
        Map<String, Object> geheimeHoofdzaak = zaak("a", bron);
        geheimeHoofdzaak.put("vertrouwelijkheidaanduiding", "geheim");
        String hoofd = create("alles", geheimeHoofdzaak);
        Map<String, Object> deel = zaak("a", bron);
        deel.put("hoofdzaak", hoofd);
        String zaak = create("alles", deel);
        String rol = as("alles").body(rol(zaak, Map.of("inpBsn", "123456782"))).post(API + "/rollen").then()
                .statusCode(201).extract().path("url");
        String status = as("alles").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-02T10:00:00Z", "gezetdoor", rol)).post(API + "/statussen").then()
                .statusCode(201).extract().path("url");
        String hoofdStatus = as("alles").body(Map.of("zaak", hoofd, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-01T10:00:00Z")).post(API + "/statussen").then().statusCode(201)
                .extract().path("url");

        as("alles").queryParam("expand", "status.gezetdoor,rollen,zaaktype,hoofdzaak.status,resultaat")
                .get(path(zaak)).then().statusCode(200)
                .body("_expand.status.url", equalTo(status))
                .body("_expand.status._expand.gezetdoor.url", equalTo(rol))
                .body("_expand.rollen.url", contains(rol))
                .body("_expand.zaaktype.identificatie", equalTo("ZT-a"))
                .body("_expand.hoofdzaak.url", equalTo(hoofd))
                .body("_expand.hoofdzaak._expand.status.url", equalTo(hoofdStatus))
                .body("_expand.resultaat", equalTo(Map.of())); // none yet: the empty object
        as("alles").queryParam("zaak", zaak).queryParam("expand", "zaak,statustype").get(API + "/statussen").then()
                .body("results[0]._expand.zaak.url", equalTo(zaak))
                .body("results[0]._expand.statustype.isEindstatus", equalTo(false));
        as("alles").body(Map.of("uuid__in", List.of(zaak.substring(zaak.lastIndexOf('/') + 1)), "expand", "rollen.statussen"))
                .post(ZAKEN + "/_zoek").then().body("results[0]._expand.rollen[0]._expand.statussen.url", contains(status));
        // what the client may not read stays out (beperkt reads openbare zaken only)
        as("beperkt").queryParam("expand", "hoofdzaak").get(path(zaak)).then().statusCode(200)
                .body("_expand.hoofdzaak", equalTo(Map.of()));
        // zrc-027/zrc-028: an attribute that is not there, or not expanded by this API, is a 404
        assertFout(as("alles").queryParam("expand", "bestaatniet").get(path(zaak)).then(), 404, "not_found");
        assertFout(as("alles").queryParam("expand", "zaakinformatieobjecten").get(path(zaak)).then(), 404, "not_found");
        assertFout(as("alles").queryParam("expand", "zaaktype.catalogus").get(ZAKEN).then(), 404, "not_found");
        // zrc-029: fields select what comes back, and what is expanded
        String uuid = zaak.substring(zaak.lastIndexOf('/') + 1);
        as("alles").body(Map.of("uuid__in", List.of(uuid), "fields", List.of("url", "identificatie",
                        Map.of("status", List.of("datumStatusGezet"), "rollen", List.of("*"),
                                "verlenging", List.of("reden")))))
                .post(ZAKEN + "/_zoek").then().statusCode(200)
                .body("results[0].keySet()", org.hamcrest.Matchers.containsInAnyOrder("url", "identificatie", "status",
                        "rollen", "verlenging", "_expand"))
                .body("results[0]._expand.status.keySet()", contains("datumStatusGezet"))
                .body("results[0]._expand.rollen[0].url", equalTo(rol));
        assertValidatieFout(as("alles").body(Map.of("uuid__in", List.of(uuid), "fields", List.of("url"), "expand",
                "status")).post(ZAKEN + "/_zoek").then(), "fields", "invalid");
        assertValidatieFout(as("alles").body(Map.of("fields", "url")).post(ZAKEN + "/_zoek").then(), "fields",
                "not_a_list");
        assertValidatieFout(as("alles").body(Map.of("fields", List.of(Map.of("zaaktype", List.of(Map.of("catalogus",
                List.of("domein"))))))).post(ZAKEN + "/_zoek").then(), "fields", "invalid_choice");
        // an expand is bounded: at most 4 levels deep and 20 paths
        assertValidatieFout(as("alles").queryParam("expand", "rollen.zaak.rollen.zaak.rollen").get(path(zaak)).then(),
                "expand", "invalid");
        // no expand: no _expand
        as("alles").get(path(zaak)).then().body("_expand", equalTo(null));
    }

    @Test
    void zaaknotitiesAreFoundByTheirText() {
        String zaak = create("alles", zaak("a", rsin()));
        String woord = "Woord" + System.nanoTime();
        String notitie = as("behandelaar").body(Map.of("gerelateerdAan", zaak, "onderwerp", "Bel terug " + woord,
                        "tekst", "Klant wil teruggebeld worden", "notitieType", "intern"))
                .post(API + "/zaaknotities").then().statusCode(201).body("status", equalTo("concept"))
                .body("gerelateerdAan", equalTo(zaak)).extract().path("url");
        String aangemaakt = as("alles").get(path(notitie)).then().extract().path("aanmaakdatum");
        as("alles").queryParam("onderwerp__icontains", woord.toLowerCase()).get(API + "/zaaknotities").then()
                .body("results.url", contains(notitie));
        as("alles").queryParam("gerelateerdAan", zaak).queryParam("aanmaakdatum__gte", aangemaakt)
                .queryParam("notitieType", "intern").get(API + "/zaaknotities").then().body("results.url", contains(notitie));
        as("alles").queryParam("gerelateerdAan", zaak).queryParam("aanmaakdatum__gt", aangemaakt)
                .get(API + "/zaaknotities").then().body("count", equalTo(0));
        as("behandelaar").body(Map.of("status", "definitief")).patch(path(notitie)).then().statusCode(200)
                .body("status", equalTo("definitief")).body("aanmaakdatum", equalTo(aangemaakt));
        assertValidatieFout(as("alles").queryParam("notitieType", "geheim").get(API + "/zaaknotities").then(),
                "notitieType", "invalid_choice");
        assertValidatieFout(as("alles").queryParam("aanmaakdatum__gt", "gisteren").get(API + "/zaaknotities").then(),
                "aanmaakdatum__gt", "invalid");
        assertValidatieFout(as("alles").body(Map.of("gerelateerdAan", zaak, "onderwerp", "x")).post(API + "/zaaknotities")
                .then(), "tekst", "required");
        assertFout(as("beperkt").body(Map.of("gerelateerdAan", zaak, "onderwerp", "x", "tekst", "y"))
                .post(API + "/zaaknotities").then(), 403, "permission_denied");
        as("behandelaar").delete(path(notitie)).then().statusCode(204);
    }

    @Test
    void listsShowOnlyWhatTheClientMaySee() {
        String bron = rsin();
        String open = create("alles", zaak("a", bron));
        Map<String, Object> geheim = zaak("a", bron);
        geheim.put("vertrouwelijkheidaanduiding", "geheim");
        String dicht = create("alles", geheim);
        String andersType = create("alles", zaak("b", bron));
        List<String> statussen = new ArrayList<>();
        for (String zaak : List.of(open, dicht, andersType)) {
            String statustype = zaak.equals(andersType) ? "sb" : "s1";
            statussen.add(as("alles").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", statustype),
                    "datumStatusGezet", "2026-03-02T10:00:00Z")).post(API + "/statussen").then().statusCode(201)
                    .extract().path("url"));
        }
        // beperkt reads openbare zaken of zaaktype A only
        for (String zaak : List.of(open, dicht, andersType)) {
            as("beperkt").queryParam("zaak", zaak).get(API + "/statussen").then()
                    .body("results", hasSize(zaak.equals(open) ? 1 : 0));
        }
        as("beperkt").get(path(statussen.get(0))).then().statusCode(200);
        assertFout(as("beperkt").get(path(statussen.get(1))).then(), 403, "permission_denied");
        assertFout(as("beperkt").get(path(statussen.get(2))).then(), 403, "permission_denied");
        assertFout(as("beperkt").body(Map.of("zaak", open, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-03T10:00:00Z")).post(API + "/statussen").then(), 403, "permission_denied");
        assertValidatieFout(as("alles").queryParam("zaak", "geen url").get(API + "/statussen").then(), "zaak", "invalid");
        assertFout(as("alles").queryParam("onbekend", "1").get(API + "/statussen").then(), 400, "invalid");
    }

    @Test
    void everyChangeIsInTheAuditTrailAndAnnounced() throws Exception {
        String zaak = create("alles", zaak("a", rsin()));
        as("alles").header("X-Audit-Toelichting", "klant belde").body(Map.of("toelichting", "nieuw"))
                .patch(path(zaak)).then().statusCode(200);
        String resultaat = as("alles").body(Map.of("zaak", zaak, "resultaattype",
                CatalogiStub.url("resultaattypen", "r-afgehandeld"))).post(API + "/resultaten").then().statusCode(201)
                .extract().path("url");
        as("alles").delete(path(resultaat)).then().statusCode(204);

        as("heropener").get(path(zaak) + "/audittrail").then().statusCode(200)
                .body("actie", contains("create", "partial_update", "create", "destroy"))
                .body("resource", contains("zaak", "zaak", "resultaat", "resultaat"))
                .body("[1].toelichting", equalTo("klant belde"))
                .body("[1].applicatieId", equalTo("alles"))
                .body("[1].wijzigingen.nieuw.toelichting", equalTo("nieuw"))
                .body("[3].wijzigingen.oud.url", equalTo(resultaat))
                .body("[3].hoofdObject", equalTo(zaak));
        String regel = as("heropener").get(path(zaak) + "/audittrail").then().extract().path("[0].uuid");
        as("heropener").get(path(zaak) + "/audittrail/" + regel).then().statusCode(200).body("resultaat", equalTo(201));
        assertFout(as("behandelaar").get(path(zaak) + "/audittrail").then(), 403, "permission_denied");

        List<String> messages = outbox(dataSource, zaak);
        assertThat(messages).hasSize(4);
        assertThat(messages.get(2)).contains("\"resource\":\"resultaat\"", "\"actie\":\"create\"",
                "\"resourceUrl\":\"" + resultaat + "\"", "\"hoofdObject\":\"" + zaak + "\"", "\"bronorganisatie\"");
        // zrc-023: the zaak goes with everything inside it and its audit trail
        as("alles").delete(path(zaak)).then().statusCode(204);
        assertThat(count("SELECT count(*) FROM audittrail WHERE zaak = ?", zaak)).isZero();
    }

    private long count(String sql, String zaakUrl) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, java.util.UUID.fromString(zaakUrl.substring(zaakUrl.lastIndexOf('/') + 1)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
