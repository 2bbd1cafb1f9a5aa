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
import static nl.zgw.catalogi.CatalogiFixtures.as;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.besluittype;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.completeZaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.informatieobjecttype;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.publish;
import static nl.zgw.catalogi.CatalogiFixtures.statustype;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktypeBody;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class ZaakTypeLevenscyclusTest {

    @Test
    void aNewZaaktypeIsAConceptAndListedOnlyOnRequest() {
        String catalogus = catalogus();
        String identificatie = unique("ZT");
        String url = zaaktype(catalogus, identificatie);
        beheerder().get(path(url)).then().statusCode(200)
                .body("concept", equalTo(true))
                .body("catalogus", equalTo(catalogus))
                .body("identificatie", equalTo(identificatie))
                .body("statustypen", empty());
        beheerder().get(API + "/zaaktypen?catalogus=" + catalogus).then().statusCode(200).body("count", equalTo(0));
        beheerder().get(API + "/zaaktypen?status=concept&catalogus=" + catalogus).then().statusCode(200)
                .body("count", equalTo(1)).body("results[0].url", equalTo(url));
        beheerder().get(API + "/zaaktypen?status=alles&identificatie=" + identificatie).then().statusCode(200)
                .body("count", equalTo(1));
        assertValidatieFout(beheerder().get(API + "/zaaktypen?status=soms").then(), "status", "invalid_choice");
    }

    @Test
    void publishingNeedsNoMoreThanZtc012() {
        // one statustype, no roltype, no resultaattype: as VNG's conformance collection publishes them
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        statustype(zaaktype, 1);
        publish(zaaktype).statusCode(200).body("concept", equalTo(false));
    }

    @Test
    void publishingNeedsPublishedBesluittypenAndInformatieobjecttypen() {
        String catalogus = catalogus();
        String iot = informatieobjecttype(catalogus, unique("Brief"));
        String besluittypeNaam = unique("Vergunning");
        String besluittype = besluittype(catalogus, besluittypeNaam, List.of());
        Map<String, Object> body = zaaktypeBody(catalogus, unique("ZT"));
        body.put("besluittypen", List.of(besluittypeNaam));
        String zaaktype = beheerder().body(body).post(API + "/zaaktypen").then().statusCode(201)
                .body("besluittypeOmschrijving", contains(besluittypeNaam))
                .body("besluittypen", empty()) // a name resolves to published versions only
                .extract().path("url");
        String iotNaam = beheerder().get(path(iot)).then().extract().path("omschrijving");
        beheerder().body(Map.of("zaaktype", zaaktype, "informatieobjecttype", iotNaam, "volgnummer", 1,
                "richting", "inkomend")).post(API + "/zaaktype-informatieobjecttypen").then().statusCode(201);
        completeTypesOf(zaaktype);
        assertValidatieFout(publish(zaaktype), "nonFieldErrors", "concept-relation");
        // a concept zaaktype names the besluittype, but only published versions are linked by URL
        String identificatie = beheerder().get(path(zaaktype)).then().extract().path("identificatie");
        beheerder().get(path(besluittype)).then().body("zaaktypen", empty())
                .body("zaaktypeIdentificaties", contains(identificatie));

        publish(besluittype).statusCode(200).body("concept", equalTo(false));
        publish(iot).statusCode(200).body("concept", equalTo(false));
        publish(zaaktype).statusCode(200).body("concept", equalTo(false))
                .body("besluittypen", contains(besluittype))
                .body("informatieobjecttypen", contains(iot))
                .body("informatieobjecttypeOmschrijving", contains(iotNaam));
        beheerder().get(path(besluittype)).then().body("zaaktypen", contains(zaaktype));
        beheerder().get(path(iot)).then().body("zaaktypen", contains(zaaktype));
    }

    @Test
    void aPublishedZaaktypeOnlyTakesAnEindeGeldigheid() {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(catalogus, unique("ZT"));
        beheerder().get(path(zaaktype)).then().header("Cache-Control", equalTo("private, no-cache"));
        String statustype = beheerder().get(path(zaaktype)).then().extract().path("statustypen[0]");
        beheerder().get(path(statustype)).then().header("Cache-Control", equalTo("private, no-cache"));
        publish(zaaktype).statusCode(200);
        // published: other services may keep it a while; with expand or as a list they revalidate
        beheerder().get(path(zaaktype)).then().header("Cache-Control", equalTo("private, max-age=300"));
        beheerder().get(path(statustype)).then().header("Cache-Control", equalTo("private, max-age=300"));
        // a revalidation that matches says so again (RFC 9110: a 304 carries the Cache-Control of its 200)
        String etag = beheerder().get(path(zaaktype)).then().extract().header("ETag");
        beheerder().header("If-None-Match", etag).get(path(zaaktype)).then().statusCode(304)
                .header("Cache-Control", equalTo("private, max-age=300"));
        beheerder().get(path(zaaktype) + "?expand=statustypen").then().header("Cache-Control", equalTo("private, no-cache"));
        beheerder().get(API + "/zaaktypen").then().header("Cache-Control", equalTo("private, no-cache"));
        Map<String, Object> body = zaaktypeBody(catalogus, "ander");
        assertValidatieFout(beheerder().body(body).put(path(zaaktype)).then(), "nonFieldErrors", "non-concept-object");
        assertValidatieFout(beheerder().body(Map.of("omschrijving", "Nieuw")).patch(path(zaaktype)).then(),
                "nonFieldErrors", "non-concept-object");
        beheerder().body(Map.of("eindeGeldigheid", "2030-12-31")).patch(path(zaaktype)).then().statusCode(200)
                .body("eindeGeldigheid", equalTo("2030-12-31"));
        assertValidatieFout(beheerder().delete(path(zaaktype)).then(), "nonFieldErrors", "non-concept-object");
        // its own types are fixed too
        assertValidatieFout(beheerder().body(Map.of("zaaktype", zaaktype, "omschrijving", "Extra", "volgnummer", 9))
                .post(API + "/statustypen").then(), "nonFieldErrors", "non-concept-zaaktype");
        // a correction with the geforceerd scope is allowed
        as("corrector").body(Map.of("omschrijving", "Gecorrigeerd")).patch(path(zaaktype)).then().statusCode(200)
                .body("omschrijving", equalTo("Gecorrigeerd")).body("concept", equalTo(false));
        // a correction extends: a trefwoord is added, never removed
        as("corrector").body(Map.of("trefwoorden", List.of("vergunning"))).patch(path(zaaktype)).then().statusCode(200);
        as("corrector").body(Map.of("trefwoorden", List.of("vergunning", "bouw"))).patch(path(zaaktype)).then()
                .statusCode(200).body("trefwoorden", contains("vergunning", "bouw"));
        assertValidatieFout(as("corrector").body(Map.of("trefwoorden", List.of("bouw"))).patch(path(zaaktype)).then(),
                "nonFieldErrors", "non-concept-object");
        beheerder().get(path(zaaktype)).then().body("trefwoorden", contains("vergunning", "bouw"));
        beheerder().get(API + "/zaaktypen?catalogus=" + catalogus).then().body("count", equalTo(1));
    }

    @Test
    void publishTakesNoBody() {
        String zaaktype = completeZaaktype(catalogus(), unique("ZT"));
        io.restassured.RestAssured.given().auth().oauth2(nl.zgw.shared.auth.ZgwTokenSigner.sign("beheerder",
                "beheerder-secret-0123456789", "", "")).post(path(zaaktype) + "/publish").then().statusCode(200)
                .body("concept", equalTo(false));
    }

    @Test
    void aConceptIsChangedAndDeletedFreely() {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(catalogus, unique("ZT"));
        beheerder().body(Map.of("omschrijving", "Gewijzigd")).patch(path(zaaktype)).then().statusCode(200)
                .body("omschrijving", equalTo("Gewijzigd")).body("statustypen", hasSize(2));
        beheerder().delete(path(zaaktype)).then().statusCode(204);
        beheerder().get(path(zaaktype)).then().statusCode(404);
        beheerder().get(API + "/statustypen?status=alles&zaaktype=" + zaaktype).then().body("count", equalTo(0));
    }

    @Test
    void theHighestVolgnummerIsTheEindstatus() {
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        String eerste = statustype(zaaktype, 1);
        String laatste = statustype(zaaktype, 5);
        beheerder().get(path(eerste)).then().body("isEindstatus", equalTo(false));
        beheerder().get(path(laatste)).then().body("isEindstatus", equalTo(true));
        assertValidatieFout(beheerder().body(Map.of("zaaktype", zaaktype, "omschrijving", "Dubbel", "volgnummer", 5))
                .post(API + "/statustypen").then(), "volgnummer", "unique");
        beheerder().get(API + "/statustypen?status=concept&zaaktype=" + zaaktype).then()
                .body("count", equalTo(2)).body("results.url", containsInAnyOrder(eerste, laatste));
    }

    private static void completeTypesOf(String zaaktype) {
        statustype(zaaktype, 1);
        statustype(zaaktype, 2);
        nl.zgw.catalogi.CatalogiFixtures.roltype(zaaktype);
        nl.zgw.catalogi.CatalogiFixtures.resultaattype(zaaktype);
    }
}
