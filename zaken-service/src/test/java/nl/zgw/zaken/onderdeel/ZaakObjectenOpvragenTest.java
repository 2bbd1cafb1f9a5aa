package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKOBJECTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakobject;
import static org.hamcrest.Matchers.contains;

/** Zaakobjecten opvragen (list, detail, HEAD). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakObjectenOpvragenTest {

    @Test
    void zaakobjectenAreFoundByTheirZaakWhichIsAUrl() {
        String zaak = create("alles", zaak("a", rsin()));
        String zaakobject = zaakobject(zaak);
        as("alles").queryParam("zaak", zaak).get(ZAAKOBJECTEN).then().statusCode(200)
                .body("results.url", contains(zaakobject));
        assertValidatieFout(as("alles").queryParam("zaak", "geen url").get(ZAAKOBJECTEN).then(), "zaak", "invalid");
    }

    @Test
    void aZaakobjectThatDoesNotExistIsNotFound() {
        assertFout(as("alles").get(onbekend(ZAAKOBJECTEN)).then(), 404, "not_found");
        // HEAD: the status only, a HEAD answer has no body
        as("alles").head(onbekend(ZAAKOBJECTEN)).then().statusCode(404);
    }

    @Test
    void aZaakobjectOfAZaakTheClientMayNotReadIsRefused() {
        String zaakobject = zaakobject(create("alles", zaak("a", rsin(), "geheim")));
        as("alles").get(path(zaakobject)).then().statusCode(200);
        assertFout(as("beperkt").get(path(zaakobject)).then(), 403, "permission_denied");
    }
}
