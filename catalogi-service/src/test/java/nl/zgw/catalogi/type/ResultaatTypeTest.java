package nl.zgw.catalogi.type;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.besluittype;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.resultaattypeBody;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktypeBody;
import static nl.zgw.catalogi.SelectielijstServer.RESULTAAT_1_BEWAREN;
import static nl.zgw.catalogi.SelectielijstServer.RESULTAAT_1_VERNIETIGEN;
import static nl.zgw.catalogi.SelectielijstServer.RESULTAAT_2;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** Resultaattypen against the Selectielijst (a real local HTTP server with test data). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class ResultaatTypeTest {

    private static final String RESULTAATTYPEN = API + "/resultaattypen";

    @Test
    void archiefnominatieAndTermijnComeFromTheSelectielijstklasseWhenAbsent() {
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        beheerder().body(resultaattypeBody(zaaktype, "Toegekend", RESULTAAT_1_VERNIETIGEN)).post(RESULTAATTYPEN).then()
                .statusCode(201)
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactietermijn", equalTo("P10Y"))
                .body("omschrijvingGeneriek", equalTo("Toegekend"))
                .body("zaaktype", equalTo(zaaktype))
                .body("brondatumArchiefprocedure.afleidingswijze", equalTo("afgehandeld"));
        Map<String, Object> own = resultaattypeBody(zaaktype, "Eigen", RESULTAAT_1_VERNIETIGEN);
        own.put("archiefnominatie", "blijvend_bewaren");
        own.put("archiefactietermijn", "P20Y");
        beheerder().body(own).post(RESULTAATTYPEN).then().statusCode(201)
                .body("archiefnominatie", equalTo("blijvend_bewaren")).body("archiefactietermijn", equalTo("P20Y"));
        Map<String, Object> bewaren = resultaattypeBody(zaaktype, "Bewaren", RESULTAAT_1_BEWAREN);
        bewaren.put("brondatumArchiefprocedure", null);
        beheerder().body(bewaren).post(RESULTAATTYPEN).then().statusCode(201)
                .body("archiefnominatie", equalTo("blijvend_bewaren")).body("archiefactietermijn", nullValue());
    }

    @Test
    void derivedValuesFollowANewSelectielijstklasse() {
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        String url = beheerder().body(resultaattypeBody(zaaktype, "Toegekend", RESULTAAT_1_VERNIETIGEN))
                .post(RESULTAATTYPEN).then().statusCode(201).body("archiefactietermijn", equalTo("P10Y"))
                .extract().path("url");
        java.util.Map<String, Object> patch = new HashMap<>();
        patch.put("selectielijstklasse", SelectielijstServer.url(RESULTAAT_1_BEWAREN));
        patch.put("brondatumArchiefprocedure", null);
        beheerder().body(patch).patch(path(url)).then().statusCode(200)
                .body("archiefnominatie", equalTo("blijvend_bewaren")).body("archiefactietermijn", nullValue());
    }

    @Test
    void theSelectielijstklasseBelongsToTheProcestypeOfTheZaaktype() {
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        beheerder().body(resultaattypeBody(zaaktype, "Anders", RESULTAAT_2)).post(RESULTAATTYPEN).then().statusCode(400)
                .body("invalidParams[-1].name", equalTo("nonFieldErrors"))
                .body("invalidParams[-1].code", equalTo("procestype-mismatch"));
        // every broken rule is reported, the brondatumArchiefprocedure's first, the procestype's last
        Map<String, Object> body = resultaattypeBody(zaaktype, "Beide", RESULTAAT_2);
        body.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "afgehandeld", "datumkenmerk", "iets"));
        beheerder().body(body).post(RESULTAATTYPEN).then().statusCode(400)
                .body("invalidParams.code", org.hamcrest.Matchers.hasItems("must-be-empty", "procestype-mismatch"))
                .body("invalidParams[-1].code", equalTo("procestype-mismatch"))
                .body("invalidParams[0].name", equalTo("brondatumArchiefprocedure.datumkenmerk"));
    }

    @Test
    void selectielijstUrlsAreChecked() {
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        Map<String, Object> unknown = resultaattypeBody(zaaktype, "X", "resultaten/00000000-0000-4000-8000-000000000000");
        assertValidatieFout(beheerder().body(unknown).post(RESULTAATTYPEN).then(), "selectielijstklasse", "bad-url");
        Map<String, Object> elsewhere = resultaattypeBody(zaaktype, "X", RESULTAAT_1_VERNIETIGEN);
        elsewhere.put("selectielijstklasse", "https://elders.example/api/v1/resultaten/1");
        assertValidatieFout(beheerder().body(elsewhere).post(RESULTAATTYPEN).then(), "selectielijstklasse",
                "invalid-resource");
        Map<String, Object> omschrijving = resultaattypeBody(zaaktype, "X", RESULTAAT_1_VERNIETIGEN);
        omschrijving.put("resultaattypeomschrijving", SelectielijstServer.url(RESULTAAT_1_VERNIETIGEN));
        assertValidatieFout(beheerder().body(omschrijving).post(RESULTAATTYPEN).then(), "resultaattypeomschrijving",
                "invalid-resource");
        Map<String, Object> zaaktypeBody = zaaktypeBody(catalogus(), unique("ZT"));
        zaaktypeBody.put("selectielijstProcestype", SelectielijstServer.url("procestypen/00000000-0000-4000-8000-000000000000"));
        assertValidatieFout(beheerder().body(zaaktypeBody).post(API + "/zaaktypen").then(), "selectielijstProcestype",
                "bad-url");
        zaaktypeBody.put("selectielijstProcestype", "https://elders.example/api/v1/procestypen/1");
        assertValidatieFout(beheerder().body(zaaktypeBody).post(API + "/zaaktypen").then(), "selectielijstProcestype",
                "invalid-resource");
    }

    @Test
    void ztc005EinddatumBekendOnlyWhereTheAfleidingswijzeTakesIt() {
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        Map<String, Object> afgehandeld = resultaattypeBody(zaaktype, "Afgehandeld", RESULTAAT_1_VERNIETIGEN);
        afgehandeld.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "afgehandeld", "einddatumBekend", true));
        assertValidatieFout(beheerder().body(afgehandeld).post(RESULTAATTYPEN).then(),
                "brondatumArchiefprocedure.einddatumBekend", "must-be-empty");
        Map<String, Object> eigenschap = resultaattypeBody(zaaktype, "Eigenschap", RESULTAAT_1_BEWAREN);
        eigenschap.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "eigenschap", "datumkenmerk", "vervaldatum",
                "einddatumBekend", true));
        beheerder().body(eigenschap).post(RESULTAATTYPEN).then().statusCode(201);
    }

    @Test
    void brondatumArchiefprocedureHoldsWhatItsAfleidingswijzeNeeds() {
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        // termijn needs a procestermijn, and nothing else
        Map<String, Object> termijn = resultaattypeBody(zaaktype, "Termijn", RESULTAAT_1_BEWAREN);
        termijn.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "termijn", "datumkenmerk", "x"));
        beheerder().body(termijn).post(RESULTAATTYPEN).then().statusCode(400)
                .body("invalidParams.name", hasItems("brondatumArchiefprocedure.datumkenmerk",
                        "brondatumArchiefprocedure.procestermijn"))
                .body("invalidParams.code", hasItems("must-be-empty", "required"));
        // ander_datumkenmerk needs datumkenmerk, objecttype and registratie
        Map<String, Object> ander = resultaattypeBody(zaaktype, "Ander", RESULTAAT_1_BEWAREN);
        ander.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "ander_datumkenmerk", "datumkenmerk", "x"));
        beheerder().body(ander).post(RESULTAATTYPEN).then().statusCode(400)
                .body("invalidParams.name", contains("brondatumArchiefprocedure.objecttype",
                        "brondatumArchiefprocedure.registratie"));
        Map<String, Object> goed = resultaattypeBody(zaaktype, "Goed", RESULTAAT_1_BEWAREN);
        goed.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "zaakobject", "datumkenmerk", "einddatum",
                "objecttype", "pand"));
        beheerder().body(goed).post(RESULTAATTYPEN).then().statusCode(201)
                .body("brondatumArchiefprocedure.objecttype", equalTo("pand"));
        Map<String, Object> onbekend = resultaattypeBody(zaaktype, "Onbekend", RESULTAAT_1_BEWAREN);
        onbekend.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "soms"));
        assertValidatieFout(beheerder().body(onbekend).post(RESULTAATTYPEN).then(),
                "brondatumArchiefprocedure.afleidingswijze", "invalid_choice");
    }

    @Test
    void theProcestermijnOfTheSelectielijstklasseFixesTheAfleidingswijze() {
        // RESULTAAT_1_VERNIETIGEN has procestermijn nihil: only afgehandeld fits (ztc-003)
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        Map<String, Object> body = resultaattypeBody(zaaktype, "Nihil", RESULTAAT_1_VERNIETIGEN);
        body.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "hoofdzaak"));
        assertValidatieFout(beheerder().body(body).post(RESULTAATTYPEN).then(), "nonFieldErrors",
                "invalid-afleidingswijze-for-procestermijn");
        Map<String, Object> zonder = resultaattypeBody(zaaktype, "Zonder", RESULTAAT_1_VERNIETIGEN);
        zonder.put("brondatumArchiefprocedure", null);
        assertValidatieFout(beheerder().body(zonder).post(RESULTAATTYPEN).then(), "brondatumArchiefprocedure", "required");
    }

    @Test
    void omschrijvingIsUniquePerZaaktypeAndBesluittypenAreNamed() {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("ZT"));
        String naam = unique("Besluit");
        String besluittype = besluittype(catalogus, naam, List.of());
        Map<String, Object> body = new HashMap<>(resultaattypeBody(zaaktype, "Toegekend", RESULTAAT_1_VERNIETIGEN));
        body.put("besluittypen", List.of(naam));
        String url = beheerder().body(body).post(RESULTAATTYPEN).then().statusCode(201)
                .body("besluittypeOmschrijving", contains(naam)).extract().path("url");
        assertValidatieFout(beheerder().body(resultaattypeBody(zaaktype, "Toegekend", RESULTAAT_1_VERNIETIGEN))
                .post(RESULTAATTYPEN).then(), "omschrijving", "unique");
        beheerder().get(path(besluittype)).then().body("resultaattypen", contains(url))
                .body("resultaattypenOmschrijving", contains("Toegekend"));
        body.put("omschrijving", "Ander");
        body.put("besluittypen", List.of("bestaat-niet"));
        assertValidatieFout(beheerder().body(body).post(RESULTAATTYPEN).then(), "besluittypen.0", "does_not_exist");
    }
}
