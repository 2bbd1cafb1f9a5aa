package nl.zgw.catalogi.type;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.besluittypeBody;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.completeZaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.informatieobjecttype;
import static nl.zgw.catalogi.CatalogiFixtures.informatieobjecttypeBody;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.publish;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktypeBody;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** Versions of a type over time, and references by name resolving to the version valid on a date. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class VersiesTest {

    @Test
    void publishedVersionsOfOneIdentificatieDoNotOverlap() {
        String catalogus = catalogus();
        String identificatie = unique("ZT");
        String v1 = completeZaaktype(catalogus, identificatie);
        publish(v1).statusCode(200);
        Map<String, Object> body = zaaktypeBody(catalogus, identificatie);
        body.put("beginGeldigheid", "2025-01-01");
        String v2 = beheerder().body(body).post(API + "/zaaktypen").then().statusCode(201).extract().path("url");
        for (int volgnummer = 1; volgnummer <= 2; volgnummer++) {
            nl.zgw.catalogi.CatalogiFixtures.statustype(v2, volgnummer);
        }
        nl.zgw.catalogi.CatalogiFixtures.roltype(v2);
        nl.zgw.catalogi.CatalogiFixtures.resultaattype(v2);
        assertValidatieFout(publish(v2), "beginGeldigheid", "overlap");
        // ending the first version the day before makes room
        beheerder().body(Map.of("eindeGeldigheid", "2024-12-31")).patch(path(v1)).then().statusCode(200);
        publish(v2).statusCode(200);
        // and the first version cannot be stretched over the second again
        assertValidatieFout(beheerder().body(Map.of("eindeGeldigheid", "2025-06-30")).patch(path(v1)).then(),
                "eindeGeldigheid", "overlap");
        beheerder().get(API + "/zaaktypen?identificatie=" + identificatie + "&datumGeldigheid=2024-06-01").then()
                .body("count", equalTo(1)).body("results[0].url", equalTo(v1));
        beheerder().get(API + "/zaaktypen?identificatie=" + identificatie + "&datumGeldigheid=2025-06-01").then()
                .body("count", equalTo(1)).body("results[0].url", equalTo(v2));
        beheerder().get(API + "/zaaktypen?identificatie=" + identificatie).then().body("count", equalTo(2));
        assertValidatieFout(beheerder().get(API + "/zaaktypen?datumGeldigheid=morgen").then(), "datumGeldigheid", "invalid");
        // a zaaktype is read on a date (its references resolve then); other types take no such parameter
        beheerder().get(path(v2) + "?datumGeldigheid=2025-06-01").then().statusCode(200);
        String statustype = beheerder().get(path(v2)).then().extract().path("statustypen[0]");
        assertValidatieFout(beheerder().get(path(statustype) + "?datumGeldigheid=2025-06-01").then(), "nonFieldErrors",
                "unknown-parameters");
    }

    @Test
    void eindeGeldigheidIsNotBeforeBeginGeldigheid() {
        Map<String, Object> body = zaaktypeBody(catalogus(), unique("ZT"));
        body.put("eindeGeldigheid", "2023-01-01");
        assertValidatieFout(beheerder().body(body).post(API + "/zaaktypen").then(), "eindeGeldigheid", "date-mismatch");
    }

    @Test
    void aNameResolvesToThePublishedVersionValidOnTheDate() {
        String catalogus = catalogus();
        String naam = unique("Brief");
        String iot2024 = informatieobjecttype(catalogus, naam);
        beheerder().body(Map.of("eindeGeldigheid", "2024-12-31")).patch(path(iot2024)).then().statusCode(200);
        publish(iot2024).statusCode(200);
        Map<String, Object> v2 = informatieobjecttypeBody(catalogus, naam);
        v2.put("beginGeldigheid", "2025-01-01");
        String iot2025 = beheerder().body(v2).post(API + "/informatieobjecttypen").then().statusCode(201)
                .extract().path("url");
        publish(iot2025).statusCode(200);
        Map<String, Object> besluittype = besluittypeBody(catalogus, unique("Besluit"), List.of(naam));
        String bt = beheerder().body(besluittype).post(API + "/besluittypen").then().statusCode(201)
                .body("informatieobjecttypen", contains(iot2025)) // today
                .body("informatieobjecttypeOmschrijvingen", contains(naam))
                .extract().path("url");
        publish(bt).statusCode(200);
        beheerder().get(API + "/besluittypen?catalogus=" + catalogus + "&datumGeldigheid=2024-03-01").then()
                .body("count", equalTo(1)).body("results[0].informatieobjecttypen", contains(iot2024));
        beheerder().get(API + "/besluittypen?informatieobjecttypen=" + iot2024).then()
                .body("count", equalTo(1)).body("results[0].url", equalTo(bt));
        beheerder().get(path(iot2024)).then().body("besluittypeOmschrijving", contains(besluittype.get("omschrijving")));
    }

    @Test
    void relationsStayWithinTheirCatalogus() {
        String eigen = catalogus();
        String ander = catalogus();
        String naam = unique("Brief");
        String iotElders = informatieobjecttype(ander, naam);
        assertValidatieFout(beheerder().body(besluittypeBody(eigen, unique("B"), List.of(naam)))
                .post(API + "/besluittypen").then(), "informatieobjecttypen.0", "relations-incorrect-catalogus");
        assertValidatieFout(beheerder().body(besluittypeBody(eigen, unique("B"), List.of(iotElders)))
                .post(API + "/besluittypen").then(), "informatieobjecttypen.0", "relations-incorrect-catalogus");
        String zaaktype = zaaktype(eigen, unique("ZT"));
        assertValidatieFout(beheerder().body(Map.of("zaaktype", zaaktype, "informatieobjecttype", naam, "volgnummer", 1,
                "richting", "intern")).post(API + "/zaaktype-informatieobjecttypen").then(),
                "informatieobjecttype", "relations-incorrect-catalogus");
        String deel = unique("ZT");
        zaaktype(ander, deel);
        Map<String, Object> body = zaaktypeBody(eigen, unique("ZT"));
        body.put("deelzaaktypen", List.of(deel));
        assertValidatieFout(beheerder().body(body).post(API + "/zaaktypen").then(), "deelzaaktypen.0",
                "relations-incorrect-catalogus");
        assertValidatieFout(beheerder().body(Map.of("zaaktype", zaaktype, "anderObjecttype", false,
                        "objecttype", "https://objecttypen.example/api/v2/objecttypes/1", "relatieOmschrijving", "Pand",
                        "catalogus", ander, "beginGeldigheid", "2024-01-01")).post(API + "/zaakobjecttypen").then(),
                "catalogus", "relations-incorrect-catalogus");
    }

    @Test
    void deelzaaktypenAndGerelateerdeZaaktypenAreNamedByIdentificatie() {
        String catalogus = catalogus();
        String deelId = unique("DEEL");
        String deel = completeZaaktype(catalogus, deelId);
        publish(deel).statusCode(200);
        Map<String, Object> body = zaaktypeBody(catalogus, unique("ZT"));
        body.put("deelzaaktypen", List.of(deelId));
        body.put("gerelateerdeZaaktypen", List.of(Map.of("zaaktype", deel, "aardRelatie", "vervolg")));
        beheerder().body(body).post(API + "/zaaktypen").then().statusCode(201)
                .body("deelzaaktypen", contains(deel))
                .body("deelzaaktypeIdentificaties", contains(deelId))
                .body("gerelateerdeZaaktypen[0].zaaktype", equalTo(deel))
                .body("gerelateerdeZaaktypen[0].zaaktypeIdentificatie", equalTo(deelId))
                .body("gerelateerdeZaaktypen[0].aardRelatie", equalTo("vervolg"));
        body.put("gerelateerdeZaaktypen", List.of(Map.of("zaaktype", deelId, "aardRelatie", "soms")));
        assertValidatieFout(beheerder().body(body).post(API + "/zaaktypen").then(),
                "gerelateerdeZaaktypen.0.aardRelatie", "invalid_choice");
    }

    /**
     * deelzaaktypen is new in 1.3.1 (and optional again in 1.3.3): a client of an older minor
     * version leaves it out; a zaaktype is then made without, and a PUT keeps what is stored.
     */
    @Test
    void aClientOfAnOlderVersionLeavesDeelzaaktypenOut() {
        String catalogus = catalogus();
        String deelId = unique("DEEL");
        completeZaaktype(catalogus, deelId);
        Map<String, Object> body = zaaktypeBody(catalogus, unique("ZT"));
        body.remove("deelzaaktypen");
        String zaaktype = beheerder().body(body).post(API + "/zaaktypen").then().statusCode(201)
                .body("deelzaaktypen", empty()).extract().path("url");
        body.put("deelzaaktypen", List.of(deelId));
        beheerder().body(body).put(path(zaaktype)).then().statusCode(200)
                .body("deelzaaktypeIdentificaties", contains(deelId));
        body.remove("deelzaaktypen");
        beheerder().body(body).put(path(zaaktype)).then().statusCode(200)
                .body("deelzaaktypeIdentificaties", contains(deelId));
    }
}
