package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.ROLLEN;
import static nl.zgw.zaken.ZakenApi.aanvrager;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

/** Een rol verwijderen van een zaak. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class RolVerwijderenTest {

    @Test
    void aRemovedRolLeavesItsZaak() {
        String zaak = create("alles", zaak("a", rsin()));
        String rol = aanvrager(zaak);
        as("alles").delete(path(rol)).then().statusCode(204);
        as("alles").get(path(zaak)).then().body("rollen", empty());
    }

    @Test
    void aRolThatDoesNotExistIsNotFound() {
        assertFout(as("alles").delete(onbekend(ROLLEN)).then(), 404, "not_found");
    }

    @Test
    void aClientThatMayOnlyReadRemovesNoRol() {
        String zaak = create("alles", zaak("a", rsin()));
        String rol = aanvrager(zaak);
        assertFout(as("beperkt").delete(path(rol)).then(), 403, "permission_denied");
        as("alles").get(path(zaak)).then().body("rollen", contains(rol));
    }
}
