package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
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

/** Een resultaat bijwerken, in zijn geheel (PUT) of deels (PATCH). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ResultaatBijwerkenTest {

    @Test
    void aResultaatKeepsItsZaak() {
        String bron = rsin();
        String zaak = create("alles", zaak("a", bron));
        String ander = create("alles", zaak("a", bron));
        String resultaat = resultaat(zaak, "r-afgehandeld");
        assertValidatieFout(as("alles").body(Map.of("zaak", ander, "resultaattype",
                CatalogiStub.url("resultaattypen", "r-afgehandeld"))).put(path(resultaat)).then(), "zaak",
                "wijzigen-niet-toegelaten");
        as("alles").body(Map.of("zaak", zaak, "resultaattype", CatalogiStub.url("resultaattypen", "r-termijn")))
                .put(path(resultaat)).then().statusCode(200)
                .body("resultaattype", equalTo(CatalogiStub.url("resultaattypen", "r-termijn")));
    }

    @Test
    void theResultaattypeExistsInTheCatalogiApi() {
        String resultaat = resultaat(create("alles", zaak("a", rsin())), "r-afgehandeld");
        assertValidatieFout(as("alles").body(Map.of("resultaattype", CatalogiStub.url("resultaattypen", "nope")))
                .patch(path(resultaat)).then(), "resultaattype", "bad-url");
    }

    @Test
    void aResultaatThatDoesNotExistIsNotFound() {
        String zaak = create("alles", zaak("a", rsin()));
        assertFout(as("alles").body(Map.of("zaak", zaak, "resultaattype",
                CatalogiStub.url("resultaattypen", "r-afgehandeld"))).put(onbekend(RESULTATEN)).then(), 404, "not_found");
        assertFout(as("alles").body(Map.of("toelichting", "later")).patch(onbekend(RESULTATEN)).then(), 404,
                "not_found");
    }

    /** zrc-007: once the zaak is closed its resultaat changes only with zaken.geforceerd-bijwerken. */
    @Test
    void theResultaatOfAClosedZaakChangesOnlyWithGeforceerdBijwerken() {
        String zaak = gesloten(rsin(), "2026-03-04T10:00:00Z");
        String resultaat = as("alles").get(path(zaak)).then().statusCode(200).extract().path("resultaat");
        assertFout(as("heropener").body(Map.of("toelichting", "later")).patch(path(resultaat)).then(), 403,
                "permission_denied");
        as("corrector").body(Map.of("toelichting", "later")).patch(path(resultaat)).then().statusCode(200)
                .body("toelichting", equalTo("later"));
        // a second resultaat is refused as such first (VNG's zrc-007e), with or without geforceerd-bijwerken
        String type = as("alles").get(path(resultaat)).then().extract().path("resultaattype");
        nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout(as("heropener")
                .body(Map.of("zaak", zaak, "resultaattype", type)).post(RESULTATEN).then(), "zaak", "unique");
    }
}
