package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKCONTACTMOMENTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakcontactmoment;
import static org.hamcrest.Matchers.equalTo;

/** Zaakcontactmomenten opvragen (list, detail). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakContactmomentenOpvragenTest {

    @Test
    void theZaakFilterIsAUrl() {
        assertValidatieFout(as("alles").queryParam("zaak", "geen url").get(ZAAKCONTACTMOMENTEN).then(), "zaak",
                "invalid");
    }

    @Test
    void aRelationThatDoesNotExistIsNotFound() {
        assertFout(as("alles").get(onbekend(ZAAKCONTACTMOMENTEN)).then(), 404, "not_found");
    }

    @Test
    void aRelationOfAZaakTheClientMayNotReadIsRefused() {
        String zaak = create("alles", zaak("a", rsin(), "geheim"));
        String zcm = zaakcontactmoment(zaak);
        as("alles").get(path(zcm)).then().statusCode(200).body("zaak", equalTo(zaak));
        assertFout(as("beperkt").get(path(zcm)).then(), 403, "permission_denied");
    }
}
