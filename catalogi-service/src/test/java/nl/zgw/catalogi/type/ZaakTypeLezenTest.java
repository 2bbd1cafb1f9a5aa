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
 * ztc-014: the Catalogi API treats a read with zaken.lezen or documenten.lezen (granted on the
 * Zaken or Documenten API) as one with catalogi.lezen: every catalogus and type; every change stays
 * with the Catalogi scopes.
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
            as(client).get(API + "/zaaktypen?status=alles&catalogus=" + catalogus).then().statusCode(200).body("results.url", hasItem(zaaktype));
        }
    }

    @Test
    void andEveryOtherTypeAndCatalogusButNoChanges() {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(catalogus, unique("ZT"));
        String statustype = statustype(zaaktype, 9);
        for (String client : new String[]{"zaken-lezer", "documenten-lezer"}) {
            as(client).get(path(statustype)).then().statusCode(200);
            as(client).get(API + "/statustypen?status=alles&zaaktype=" + zaaktype).then().statusCode(200)
                    .body("results.url", hasItem(statustype));
            as(client).get(path(catalogus)).then().statusCode(200);
            for (String collection : new String[]{"catalogussen", "roltypen", "resultaattypen", "eigenschappen",
                    "informatieobjecttypen", "besluittypen", "zaakobjecttypen", "zaaktype-informatieobjecttypen"}) {
                as(client).get(API + "/" + collection).then().statusCode(200);
            }
        }
        assertFout(as("zaken-lezer").body(zaaktypeBody(catalogus, unique("ZT"))).post(API + "/zaaktypen").then(),
                403, "permission_denied");
        assertFout(as("zaken-lezer").delete(path(zaaktype)).then(), 403, "permission_denied");
        assertFout(as("zaken-lezer").delete(path(statustype)).then(), 403, "permission_denied");
        assertFout(as("zaken-schrijver").get(path(zaaktype)).then(), 403, "permission_denied");
        assertFout(as("nobody").get(path(zaaktype)).then(), 403, "permission_denied");
        assertFout(as("nobody").get(path(statustype)).then(), 403, "permission_denied");
    }
}
