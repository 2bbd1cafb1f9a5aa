package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKOBJECTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.pand;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakobject;
import static org.hamcrest.Matchers.equalTo;

/** Een zaakobject bijwerken, deels (PATCH) of in zijn geheel (PUT). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakObjectBijwerkenTest {

    @Test
    void aPatchChangesWhatItSendsOnly() {
        String zaak = create("alles", zaak("a", rsin()));
        String object = "https://bag.example/panden/" + UUID.randomUUID();
        String zaakobject = as("alles").body(pand(zaak, object)).post(ZAAKOBJECTEN).then().statusCode(201)
                .extract().path("url");
        as("alles").body(Map.of("relatieomschrijving", "anders")).patch(path(zaakobject)).then().statusCode(200)
                .body("object", equalTo(object)).body("relatieomschrijving", equalTo("anders"));
    }

    @Test
    void theObjectTypeIsOneOfTheStandard() {
        String zaakobject = zaakobject(create("alles", zaak("a", rsin())));
        assertValidatieFout(as("alles").body(Map.of("objectType", "ufo")).patch(path(zaakobject)).then(),
                "objectType", "invalid_choice");
    }

    @Test
    void aZaakobjectThatDoesNotExistIsNotFound() {
        String zaak = create("alles", zaak("a", rsin()));
        assertFout(as("alles").body(pand(zaak, "https://bag.example/panden/" + UUID.randomUUID()))
                .put(onbekend(ZAAKOBJECTEN)).then(), 404, "not_found");
        assertFout(as("alles").body(Map.of("relatieomschrijving", "anders")).patch(onbekend(ZAAKOBJECTEN)).then(), 404,
                "not_found");
    }
}
