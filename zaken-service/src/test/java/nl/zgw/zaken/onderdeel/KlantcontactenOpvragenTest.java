package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.KLANTCONTACTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.klantcontact;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.equalTo;

/** Klantcontacten opvragen (list, detail). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class KlantcontactenOpvragenTest {

    @Test
    void theZaakFilterIsAUrl() {
        assertValidatieFout(as("alles").queryParam("zaak", "geen url").get(KLANTCONTACTEN).then(), "zaak", "invalid");
    }

    @Test
    void aKlantcontactThatDoesNotExistIsNotFound() {
        assertFout(as("alles").get(onbekend(KLANTCONTACTEN)).then(), 404, "not_found");
    }

    @Test
    void aKlantcontactOfAZaakTheClientMayNotReadIsRefused() {
        String zaak = create("alles", zaak("b", rsin()));
        String klantcontact = klantcontact(zaak);
        as("alles").get(path(klantcontact)).then().statusCode(200).body("zaak", equalTo(zaak));
        assertFout(as("beperkt").get(path(klantcontact)).then(), 403, "permission_denied");
    }
}
