package nl.zgw.catalogi.type;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.resultaattypeBody;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktypeBody;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.equalTo;

/**
 * Resultaattypen on records of the Selectielijst 2020 as the Referentielijsten API serves them (a
 * slice of the real data in src/test/resources/selectielijst, one record per kind of procestermijn
 * and waardering): the archive values derive from the record, and ztc-003 holds for each
 * procestermijn, also those the rule does not name.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class Selectielijst2020Test {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(nullValues = "null", value = {
            // procestermijn, resultaat, procestype, afleidingswijze that fits, archiefnominatie, archiefactietermijn
            "nihil, 6711baff-798b-4c7f-9133-8ad02c8b7c6f, e1b73b12-b2f6-4c4e-8929-94f84dd2a57d, afgehandeld, vernietigen, P10Y",
            "'', 6d37598e-30f0-4aef-930d-3e1690725d95, e1b73b12-b2f6-4c4e-8929-94f84dd2a57d, null, blijvend_bewaren, null",
            "bestaansduur_procesobject, cd632fee-1f5a-4a4b-bc18-bcd5846c883a, 96eae691-077f-4fd6-ad66-950b9b714880, eigenschap, vernietigen, P10Y",
            "vast_te_leggen_datum, f3e74904-dd73-4a62-8f0e-d47959795fa4, cdb46f05-0750-4d83-8025-31e20408ed21, ander_datumkenmerk, vernietigen, P5Y",
            "samengevoegd_met_bewaartermijn, 2bda6b4c-63d0-404a-a81c-f9f5e492f4b2, d6c58b4f-7e88-4227-977c-cb2fb22c5eed, zaakobject, vernietigen, P67Y",
            "'', 1f2b9506-e596-469e-840d-00ddcd03a84d, 75ae016a-4b09-440f-b95e-0de747b88c05, afgehandeld, vernietigen, P2Y",
            "ingeschatte_bestaansduur_procesobject, 59596a33-c8db-4aa7-bb81-140cb29bb42a, 2f296607-9faa-41e1-800f-e8fcaf55b9c8, termijn, vernietigen, P5Y"})
    void archiveValuesDeriveFromTheRecord(String procestermijn, String resultaat, String procestype, String wijze,
                                          String archiefnominatie, String archiefactietermijn) {
        String zaaktype = zaaktypeOn(procestype);
        Map<String, Object> body = resultaattypeBody(zaaktype, unique("Resultaat"), "resultaten/" + resultaat);
        body.put("brondatumArchiefprocedure", wijze == null ? null : brondatum(wijze));
        beheerder().body(body).post(API + "/resultaattypen").then().statusCode(201)
                .body("selectielijstklasse", equalTo(SelectielijstServer.url("resultaten/" + resultaat)))
                .body("archiefnominatie", equalTo(archiefnominatie))
                .body("archiefactietermijn", equalTo(archiefactietermijn));
    }

    @ParameterizedTest(name = "{0} refuses {3}")
    @CsvSource({
            "nihil, 6711baff-798b-4c7f-9133-8ad02c8b7c6f, e1b73b12-b2f6-4c4e-8929-94f84dd2a57d, ander_datumkenmerk",
            "bestaansduur_procesobject, cd632fee-1f5a-4a4b-bc18-bcd5846c883a, 96eae691-077f-4fd6-ad66-950b9b714880, afgehandeld",
            "ingeschatte_bestaansduur_procesobject, 59596a33-c8db-4aa7-bb81-140cb29bb42a, 2f296607-9faa-41e1-800f-e8fcaf55b9c8, afgehandeld",
            "ingeschatte_bestaansduur_procesobject, 59596a33-c8db-4aa7-bb81-140cb29bb42a, 2f296607-9faa-41e1-800f-e8fcaf55b9c8, eigenschap"})
    void ztc003TheProcestermijnFixesTheAfleidingswijze(String procestermijn, String resultaat, String procestype,
                                                       String wijze) {
        Map<String, Object> body = resultaattypeBody(zaaktypeOn(procestype), unique("Resultaat"), "resultaten/" + resultaat);
        body.put("brondatumArchiefprocedure", brondatum(wijze));
        assertValidatieFout(beheerder().body(body).post(API + "/resultaattypen").then(), "nonFieldErrors",
                "invalid-afleidingswijze-for-procestermijn");
    }

    @ParameterizedTest(name = "{0} without brondatumArchiefprocedure")
    @CsvSource("vernietigen, 1f2b9506-e596-469e-840d-00ddcd03a84d, 75ae016a-4b09-440f-b95e-0de747b88c05")
    void whatIsDestroyedNeedsABrondatum(String waardering, String resultaat, String procestype) {
        Map<String, Object> body = resultaattypeBody(zaaktypeOn(procestype), unique("Resultaat"), "resultaten/" + resultaat);
        body.remove("brondatumArchiefprocedure");
        assertValidatieFout(beheerder().body(body).post(API + "/resultaattypen").then(), "brondatumArchiefprocedure",
                "required");
    }

    private static String zaaktypeOn(String procestype) {
        Map<String, Object> body = zaaktypeBody(catalogus(), unique("ZT"));
        body.put("selectielijstProcestype", SelectielijstServer.url("procestypen/" + procestype));
        return beheerder().body(body).post(API + "/zaaktypen").then().statusCode(201).extract().path("url");
    }

    /** The fields each afleidingswijze needs (ztc-004..008), the others left out. */
    private static Map<String, Object> brondatum(String wijze) {
        Map<String, Object> b = new HashMap<>();
        b.put("afleidingswijze", wijze);
        switch (wijze) {
            case "termijn" -> b.put("procestermijn", "P5Y");
            case "eigenschap" -> b.put("datumkenmerk", "vervaldatum");
            case "zaakobject" -> {
                b.put("datumkenmerk", "einddatum");
                b.put("objecttype", "pand");
            }
            case "ander_datumkenmerk" -> {
                b.put("datumkenmerk", "besluitdatum");
                b.put("objecttype", "besluit");
                b.put("registratie", "BRC");
            }
            default -> {
            }
        }
        return b;
    }
}
