package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.CONTACTMOMENT;
import static nl.zgw.zaken.ZakenApi.ZAAKCONTACTMOMENTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;

/** Een contactmoment aan een zaak koppelen (zaakcontactmoment). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ContactmomentKoppelenTest {

    @Test
    void aContactmomentIsRelatedToAZaakByItsUrl() {
        String zaak = create("alles", zaak("a", rsin()));
        String zcm = as("behandelaar").body(Map.of("zaak", zaak, "contactmoment", CONTACTMOMENT))
                .post(ZAAKCONTACTMOMENTEN).then().statusCode(201).extract().path("url");
        as("alles").queryParam("contactmoment", CONTACTMOMENT).queryParam("zaak", zaak).get(ZAAKCONTACTMOMENTEN)
                .then().body("url", contains(zcm));
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "contactmoment", "geen url"))
                .post(ZAAKCONTACTMOMENTEN).then(), "contactmoment", "invalid");
    }
}
