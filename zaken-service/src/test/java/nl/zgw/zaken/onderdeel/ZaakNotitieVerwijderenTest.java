package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.ZAAKNOTITIES;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaaknotitie;

/** Een zaaknotitie verwijderen. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakNotitieVerwijderenTest {

    @Test
    void aNotitieIsRemoved() {
        String notitie = zaaknotitie(create("alles", zaak("a", rsin())), "Bel terug");
        as("behandelaar").delete(path(notitie)).then().statusCode(204);
        assertFout(as("alles").get(path(notitie)).then(), 404, "not_found");
    }

    @Test
    void aNotitieThatDoesNotExistIsNotFound() {
        assertFout(as("alles").delete(onbekend(ZAAKNOTITIES)).then(), 404, "not_found");
    }

    @Test
    void aClientWithoutZakenBijwerkenRemovesNoNotitie() {
        String notitie = zaaknotitie(create("alles", zaak("a", rsin())), "Bel terug");
        assertFout(as("beperkt").delete(path(notitie)).then(), 403, "permission_denied");
        as("alles").get(path(notitie)).then().statusCode(200);
    }
}
