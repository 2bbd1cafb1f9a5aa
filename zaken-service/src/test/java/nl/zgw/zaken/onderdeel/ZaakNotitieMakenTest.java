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
import static nl.zgw.zaken.ZakenApi.ZAAKNOTITIES;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.notitie;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.equalTo;

/** Een notitie over een zaak maken (zaaknotitie). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakNotitieMakenTest {

    @Test
    void aNotitieStartsAsConcept() {
        String zaak = create("alles", zaak("a", rsin()));
        as("behandelaar").body(notitie(zaak, "Bel terug")).post(ZAAKNOTITIES).then().statusCode(201)
                .body("status", equalTo("concept")).body("gerelateerdAan", equalTo(zaak));
        assertValidatieFout(as("alles").body(Map.of("gerelateerdAan", zaak, "onderwerp", "x")).post(ZAAKNOTITIES)
                .then(), "tekst", "required");
        assertFout(as("beperkt").body(Map.of("gerelateerdAan", zaak, "onderwerp", "x", "tekst", "y"))
                .post(ZAAKNOTITIES).then(), 403, "permission_denied");
    }
}
