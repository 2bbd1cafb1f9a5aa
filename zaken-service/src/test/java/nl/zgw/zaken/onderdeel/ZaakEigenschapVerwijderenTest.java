package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.uuid;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakeigenschap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

/** Een eigenschap van een zaak verwijderen, below its zaak. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakEigenschapVerwijderenTest {

    @Test
    void anEigenschapIsRemovedBelowItsOwnZaakOnly() {
        String bron = rsin();
        String zaak = create("alles", zaak("a", bron));
        String ander = create("alles", zaak("a", bron));
        String eigenschap = zaakeigenschap(zaak, "2030-01-15");
        assertFout(as("alles").delete(path(ander) + "/zaakeigenschappen/" + uuid(eigenschap)).then(), 404, "not_found");
        as("alles").get(path(zaak)).then().body("eigenschappen", contains(eigenschap));
        as("alles").delete(path(eigenschap)).then().statusCode(204);
        as("alles").get(path(zaak)).then().body("eigenschappen", empty());
    }

    @Test
    void anEigenschapThatDoesNotExistIsNotFound() {
        String zaak = create("alles", zaak("a", rsin()));
        assertFout(as("alles").delete(onbekend(path(zaak) + "/zaakeigenschappen")).then(), 404, "not_found");
    }

    @Test
    void aClientThatMayOnlyReadRemovesNoEigenschap() {
        String zaak = create("alles", zaak("a", rsin()));
        String eigenschap = zaakeigenschap(zaak, "2030-01-15");
        assertFout(as("beperkt").delete(path(eigenschap)).then(), 403, "permission_denied");
        as("alles").get(path(zaak)).then().body("eigenschappen", contains(eigenschap));
    }
}
