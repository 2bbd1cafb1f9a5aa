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
import static nl.zgw.zaken.ZakenApi.KLANTCONTACTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;

/** Een klantcontact over een zaak vastleggen. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class KlantcontactVastleggenTest {

    @Test
    void aKlantcontactIsFoundByItsZaak() {
        String zaak = create("alles", zaak("a", rsin()));
        String klantcontact = as("alles").body(Map.of("zaak", zaak, "datumtijd", "2026-03-02T10:00:00Z",
                "kanaal", "telefoon", "onderwerp", "vraag")).post(KLANTCONTACTEN).then().statusCode(201)
                .extract().path("url");
        as("alles").queryParam("zaak", zaak).get(KLANTCONTACTEN).then().body("results.url", contains(klantcontact));
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "datumtijd", "2026-03-02T10:00:00Z",
                "identificatie", "123456789012345")).post(KLANTCONTACTEN).then(), "identificatie", "max_length");
    }

    @Test
    void aClientThatMayOnlyReadRegistersNoKlantcontact() {
        String zaak = create("alles", zaak("a", rsin()));
        assertFout(as("beperkt").body(Map.of("zaak", zaak, "datumtijd", "2026-03-02T10:00:00Z"))
                .post(KLANTCONTACTEN).then(), 403, "permission_denied");
    }
}
