package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.RESULTATEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.gesloten;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.resultaat;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Een resultaat verwijderen. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ResultaatVerwijderenTest {

    @Test
    void aRemovedResultaatLeavesItsZaak() {
        String zaak = create("alles", zaak("a", rsin()));
        String resultaat = resultaat(zaak, "r-afgehandeld");
        as("alles").delete(path(resultaat)).then().statusCode(204);
        as("alles").get(path(zaak)).then().body("resultaat", nullValue());
    }

    @Test
    void aResultaatThatDoesNotExistIsNotFound() {
        assertFout(as("alles").delete(onbekend(RESULTATEN)).then(), 404, "not_found");
    }

    @Test
    void aClientThatMayOnlyReadRemovesNoResultaat() {
        String resultaat = resultaat(create("alles", zaak("a", rsin())), "r-afgehandeld");
        assertFout(as("beperkt").delete(path(resultaat)).then(), 403, "permission_denied");
        as("alles").get(path(resultaat)).then().statusCode(200);
    }

    /** zrc-007: once the zaak is closed its resultaat goes only with zaken.geforceerd-bijwerken. */
    @Test
    void theResultaatOfAClosedZaakStaysWithoutGeforceerdBijwerken() {
        String zaak = gesloten(rsin(), "2026-03-04T10:00:00Z");
        String resultaat = as("alles").get(path(zaak)).then().statusCode(200).extract().path("resultaat");
        assertFout(as("heropener").delete(path(resultaat)).then(), 403, "permission_denied");
        as("alles").get(path(zaak)).then().body("resultaat", equalTo(resultaat));
    }
}
