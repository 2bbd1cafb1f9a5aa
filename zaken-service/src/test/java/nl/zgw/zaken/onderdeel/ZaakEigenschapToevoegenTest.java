package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.eigenschap;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.equalTo;

/**
 * Een eigenschap toevoegen aan een zaak, below that zaak ({@code /zaken/{uuid}/zaakeigenschappen}).
 * The eigenschap of another zaaktype and a closed zaak are in {@link LevenscyclusTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakEigenschapToevoegenTest {

    @Test
    void theZaakInTheBodyIsTheZaakOfThePath() {
        String bron = rsin();
        String zaak = create("alles", zaak("a", bron));
        String ander = create("alles", zaak("a", bron));
        assertValidatieFout(as("alles").body(eigenschap(ander, "2030-01-15")).post(path(zaak) + "/zaakeigenschappen")
                .then(), "zaak", "invalid");
        as("alles").body(eigenschap(zaak, "2030-01-15")).post(path(zaak) + "/zaakeigenschappen").then()
                .statusCode(201).body("zaak", equalTo(zaak)).body("naam", equalTo("vervaldatum"));
    }

    @Test
    void aZaakThatDoesNotExistGetsNoEigenschap() {
        String zaak = create("alles", zaak("a", rsin()));
        assertFout(as("alles").body(eigenschap(zaak, "2030-01-15")).post(onbekend(ZAKEN) + "/zaakeigenschappen").then(),
                404, "not_found");
    }
}
