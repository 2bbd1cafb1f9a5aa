package nl.zgw.catalogi.type;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.as;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.completeZaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.statustype;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktypeBody;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.hamcrest.Matchers.hasItem;

/**
 * ztc-014: zaaktypen are read with catalogi.lezen, or with zaken.lezen or documenten.lezen granted
 * on the Zaken or Documenten API (clients of those APIs need the zaaktype of what they read); the
 * other types, and every change, stay with the Catalogi scopes.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class ZaakTypeLezenTest {

    @Test
    void zakenAndDocumentenReadersReadZaaktypen() {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("ZT"));
        for (String client : new String[]{"zaken-lezer", "documenten-lezer"}) {
            as(client).get(path(zaaktype)).then().statusCode(200);
            as(client).head(path(zaaktype)).then().statusCode(200);
            as(client).get(API + "/zaaktypen?status=alles").then().statusCode(200).body("results.url", hasItem(zaaktype));
        }
    }

    @Test
    void butNotTheOtherTypesNorChanges() {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(catalogus, unique("ZT"));
        String statustype = statustype(zaaktype, 9);
        assertFout(as("zaken-lezer").get(path(statustype)).then(), 403, "permission_denied");
        assertFout(as("zaken-lezer").get(API + "/statustypen").then(), 403, "permission_denied");
        assertFout(as("zaken-lezer").get(path(catalogus)).then(), 403, "permission_denied");
        assertFout(as("zaken-lezer").body(zaaktypeBody(catalogus, unique("ZT"))).post(API + "/zaaktypen").then(),
                403, "permission_denied");
        assertFout(as("zaken-lezer").delete(path(zaaktype)).then(), 403, "permission_denied");
        assertFout(as("zaken-schrijver").get(path(zaaktype)).then(), 403, "permission_denied");
        assertFout(as("nobody").get(path(zaaktype)).then(), 403, "permission_denied");
        assertFout(as("nobody").get(path(statustype)).then(), 403, "permission_denied");
    }
}
