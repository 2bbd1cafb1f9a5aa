package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.uuid;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakeigenschap;
import static org.hamcrest.Matchers.contains;

/** De eigenschappen van een zaak opvragen (list, detail, HEAD), below their zaak. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakEigenschappenOpvragenTest {

    @Test
    void theEigenschappenOfAZaakThatDoesNotExistAreNotFound() {
        assertFout(as("alles").get(onbekend(ZAKEN) + "/zaakeigenschappen").then(), 404, "not_found");
    }

    @Test
    void theEigenschappenOfAZaakTheClientMayNotReadAreRefused() {
        String zaak = create("alles", zaak("a", rsin(), "geheim"));
        String eigenschap = zaakeigenschap(zaak, "2030-01-15");
        as("alles").get(path(zaak) + "/zaakeigenschappen").then().statusCode(200).body("url", contains(eigenschap));
        assertFout(as("beperkt").get(path(zaak) + "/zaakeigenschappen").then(), 403, "permission_denied");
        assertFout(as("beperkt").get(path(eigenschap)).then(), 403, "permission_denied");
    }

    @Test
    void anEigenschapIsFoundBelowItsOwnZaakOnly() {
        String bron = rsin();
        String zaak = create("alles", zaak("a", bron));
        String ander = create("alles", zaak("a", bron));
        String eigenschap = zaakeigenschap(zaak, "2030-01-15");
        as("alles").get(path(eigenschap)).then().statusCode(200);
        String elders = path(ander) + "/zaakeigenschappen/" + uuid(eigenschap);
        assertFout(as("alles").get(elders).then(), 404, "not_found");
        // HEAD: the status only, a HEAD answer has no body
        as("alles").head(elders).then().statusCode(404);
        as("alles").head(path(eigenschap)).then().statusCode(200);
        assertFout(as("alles").get(onbekend(path(zaak) + "/zaakeigenschappen")).then(), 404, "not_found");
    }
}
