package nl.zgw.zaken.zaak;

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
import static nl.zgw.zaken.ZakenApi.deelzaak;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;

/** Een zaak verwijderen (zrc-023): with everything inside it and its deelzaken. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakVerwijderenTest {

    /** zrc-023: a hoofdzaak goes with its deelzaken; a deelzaak alone leaves its hoofdzaak. */
    @Test
    void aHoofdzaakGoesWithItsDeelzaken() {
        String bron = rsin();
        String hoofd = create("alles", zaak("a", bron));
        String deelUrl = create("alles", deelzaak("a", bron, hoofd));
        String tweedeUrl = create("alles", deelzaak("a", bron, hoofd));
        as("alles").delete(path(tweedeUrl)).then().statusCode(204);
        as("alles").get(path(hoofd)).then().statusCode(200).body("deelzaken", contains(deelUrl));
        // a client that may not delete the deelzaak cannot delete the hoofdzaak either
        String ander = create("alles", zaak("a", bron));
        create("alles", deelzaak("b", bron, ander));
        assertFout(as("behandelaar").delete(path(ander)).then(), 403, "permission_denied");
        as("alles").delete(path(hoofd)).then().statusCode(204);
        as("alles").get(path(deelUrl)).then().statusCode(404);
    }

    @Test
    void aZaakThatDoesNotExistIsNotFound() {
        assertFout(as("alles").delete(onbekend(ZAKEN)).then(), 404, "not_found");
    }

    @Test
    void aClientWithoutZakenVerwijderenDeletesNoZaak() {
        String zaak = create("alles", zaak("a", rsin()));
        assertFout(as("beperkt").delete(path(zaak)).then(), 403, "permission_denied");
        as("alles").get(path(zaak)).then().statusCode(200);
    }
}
