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
import static nl.zgw.catalogi.CatalogiFixtures.besluittype;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.completeZaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.informatieobjecttype;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.publish;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktypeBody;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** {@code expand}: related Catalogi resources included in the answer, to any depth. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class ExpandTest {

    @Test
    void aZaaktypeWithItsTypesAndTheirRelations() {
        String catalogus = catalogus();
        String iotNaam = unique("Brief");
        String iot = informatieobjecttype(catalogus, iotNaam);
        publish(iot).statusCode(200);
        String btNaam = unique("Besluit");
        String bt = besluittype(catalogus, btNaam, List.of(iotNaam));
        publish(bt).statusCode(200);
        Map<String, Object> body = zaaktypeBody(catalogus, unique("ZT"));
        body.put("besluittypen", List.of(btNaam));
        String zaaktype = beheerder().body(body).post(API + "/zaaktypen").then().statusCode(201).extract().path("url");
        nl.zgw.catalogi.CatalogiFixtures.statustype(zaaktype, 1);
        nl.zgw.catalogi.CatalogiFixtures.statustype(zaaktype, 2);

        beheerder().get(path(zaaktype) + "?expand=catalogus,statustypen,besluittypen.informatieobjecttypen").then()
                .statusCode(200)
                .body("_expand.catalogus.url", equalTo(catalogus))
                .body("_expand.statustypen", hasSize(2))
                .body("_expand.statustypen[1].isEindstatus", equalTo(true))
                .body("_expand.besluittypen[0].url", equalTo(bt))
                .body("_expand.besluittypen[0]._expand.informatieobjecttypen[0].url", equalTo(iot))
                .body("_expand.roltypen", nullValue());
        beheerder().get(path(zaaktype)).then().body("_expand", nullValue());
        // a list expands every result, each with its own relations
        beheerder().get(API + "/statustypen?status=concept&zaaktype=" + zaaktype + "&expand=zaaktype").then()
                .statusCode(200).body("count", equalTo(2))
                .body("results._expand.zaaktype.url", contains(zaaktype, zaaktype));
        beheerder().get(path(catalogus) + "?expand=besluittypen").then()
                .body("_expand.besluittypen.url", contains(bt));
        assertValidatieFout(beheerder().get(path(zaaktype) + "?expand=statustypen.rollen").then(), "expand",
                "invalid_choice");
        // the types refer to each other in cycles: four levels at most, twenty paths at most
        beheerder().get(path(zaaktype) + "?expand=catalogus.zaaktypen.statustypen.zaaktype").then().statusCode(200)
                .body("_expand.catalogus.url", equalTo(catalogus));
        assertValidatieFout(beheerder().get(path(zaaktype) + "?expand=catalogus.zaaktypen.statustypen.zaaktype.catalogus")
                .then(), "expand", "invalid");
        assertValidatieFout(beheerder().get(path(zaaktype) + "?expand=" + String.join(",",
                java.util.Collections.nCopies(21, "statustypen"))).then(), "expand", "invalid");
    }

    @Test
    void anEmptySingleReferenceExpandsToAnEmptyObject() {
        String zaaktype = completeZaaktype(catalogus(), unique("ZT"));
        String statustype = beheerder().get(path(zaaktype)).then().extract().path("statustypen[0]");
        String eigenschap = beheerder().body(Map.of("zaaktype", zaaktype, "naam", "kleur", "definitie", "De kleur",
                        "specificatie", Map.of("formaat", "tekst", "lengte", "20", "kardinaliteit", "1")))
                .post(API + "/eigenschappen").then().statusCode(201).extract().path("url");
        beheerder().get(path(eigenschap) + "?expand=statustype,zaaktype.statustypen").then().statusCode(200)
                .body("_expand.statustype", equalTo(Map.of()))
                .body("_expand.zaaktype._expand.statustypen[0].url", equalTo(statustype));
    }
}
