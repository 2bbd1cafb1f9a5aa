package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.ZAAKCONTACTMOMENTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakcontactmoment;

/** Een contactmoment van een zaak ontkoppelen (the zaakcontactmoment goes). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ContactmomentOntkoppelenTest {

    @Test
    void aContactmomentIsUnrelated() {
        String zcm = zaakcontactmoment(create("alles", zaak("a", rsin())));
        as("behandelaar").delete(path(zcm)).then().statusCode(204);
        assertFout(as("alles").get(path(zcm)).then(), 404, "not_found");
    }

    @Test
    void aRelationThatDoesNotExistIsNotFound() {
        assertFout(as("alles").delete(onbekend(ZAAKCONTACTMOMENTEN)).then(), 404, "not_found");
    }

    @Test
    void aClientWithoutZakenBijwerkenUnrelatesNothing() {
        String zcm = zaakcontactmoment(create("alles", zaak("a", rsin())));
        assertFout(as("beperkt").delete(path(zcm)).then(), 403, "permission_denied");
        as("alles").get(path(zcm)).then().statusCode(200);
    }
}
