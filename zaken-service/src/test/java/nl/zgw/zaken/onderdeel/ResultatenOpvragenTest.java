package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.RESULTATEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.resultaat;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;

/** Resultaten opvragen (list, detail, HEAD). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ResultatenOpvragenTest {

    @Test
    void resultatenAreFoundByTheirZaakWhichIsAUrl() {
        String zaak = create("alles", zaak("a", rsin()));
        String resultaat = resultaat(zaak, "r-afgehandeld");
        as("alles").queryParam("zaak", zaak).get(RESULTATEN).then().statusCode(200)
                .body("results.url", contains(resultaat));
        assertValidatieFout(as("alles").queryParam("zaak", "geen url").get(RESULTATEN).then(), "zaak", "invalid");
    }

    @Test
    void aResultaatThatDoesNotExistIsNotFound() {
        assertFout(as("alles").get(onbekend(RESULTATEN)).then(), 404, "not_found");
        // HEAD: the status only, a HEAD answer has no body
        as("alles").head(onbekend(RESULTATEN)).then().statusCode(404);
    }

    @Test
    void aResultaatOfAZaakTheClientMayNotReadIsRefused() {
        String resultaat = resultaat(create("alles", zaak("a", rsin(), "geheim")), "r-afgehandeld");
        as("alles").get(path(resultaat)).then().statusCode(200);
        assertFout(as("beperkt").get(path(resultaat)).then(), 403, "permission_denied");
        // HEAD: the status only, a HEAD answer has no body
        as("beperkt").head(path(resultaat)).then().statusCode(403);
    }
}
