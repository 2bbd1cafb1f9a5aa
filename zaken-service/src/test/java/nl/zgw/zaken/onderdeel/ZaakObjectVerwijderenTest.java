package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.ZAAKOBJECTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakobject;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

/** Een zaakobject verwijderen. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakObjectVerwijderenTest {

    @Test
    void aRemovedZaakobjectLeavesItsZaak() {
        String zaak = create("alles", zaak("a", rsin()));
        String zaakobject = zaakobject(zaak);
        as("alles").delete(path(zaakobject)).then().statusCode(204);
        as("alles").get(path(zaak)).then().body("zaakobjecten", empty());
    }

    @Test
    void aZaakobjectThatDoesNotExistIsNotFound() {
        assertFout(as("alles").delete(onbekend(ZAAKOBJECTEN)).then(), 404, "not_found");
    }

    @Test
    void aClientThatMayOnlyReadRemovesNoZaakobject() {
        String zaak = create("alles", zaak("a", rsin()));
        String zaakobject = zaakobject(zaak);
        assertFout(as("beperkt").delete(path(zaakobject)).then(), 403, "permission_denied");
        as("alles").get(path(zaak)).then().body("zaakobjecten", contains(zaakobject));
    }
}
