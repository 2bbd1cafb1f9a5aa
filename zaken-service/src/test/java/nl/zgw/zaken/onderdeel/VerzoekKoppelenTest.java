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
import static nl.zgw.zaken.ZakenApi.VERZOEK;
import static nl.zgw.zaken.ZakenApi.ZAAKVERZOEKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;

/** Een verzoek aan een zaak koppelen (zaakverzoek). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class VerzoekKoppelenTest {

    @Test
    void aVerzoekIsRelatedToAZaak() {
        String zaak = create("alles", zaak("a", rsin()));
        String zv = as("alles").body(Map.of("zaak", zaak, "verzoek", VERZOEK)).post(ZAAKVERZOEKEN).then()
                .statusCode(201).extract().path("url");
        as("alles").queryParam("zaak", zaak).get(ZAAKVERZOEKEN).then().body("url", contains(zv));
        // a client without zaken.bijwerken (corrector: zaken.lezen and zaken.geforceerd-bijwerken) may not relate verzoeken
        assertFout(as("corrector").body(Map.of("zaak", zaak, "verzoek", VERZOEK)).post(ZAAKVERZOEKEN).then(),
                403, "permission_denied");
    }

    @Test
    void theVerzoekIsAUrl() {
        String zaak = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "verzoek", "geen url")).post(ZAAKVERZOEKEN).then(),
                "verzoek", "invalid");
    }
}
