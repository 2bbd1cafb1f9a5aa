package nl.zgw.catalogi.type;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.as;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.informatieobjecttypeBody;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.equalTo;

/** Creating an informatieobjecttype with a bad field, in a catalogus that is not there, or without the scope. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class InformatieObjectTypeAanmakenTest {

    private static final String INFORMATIEOBJECTTYPEN = API + "/informatieobjecttypen";

    @Test
    void aBadFieldIsNamed() {
        String catalogus = catalogus();
        Map<String, Object> geheim = informatieobjecttypeBody(catalogus, unique("Brief"));
        geheim.put("vertrouwelijkheidaanduiding", "heel geheim");
        assertValidatieFout(beheerder().body(geheim).post(INFORMATIEOBJECTTYPEN).then(),
                "vertrouwelijkheidaanduiding", "invalid_choice");
        Map<String, Object> zonderCategorie = informatieobjecttypeBody(catalogus, unique("Brief"));
        zonderCategorie.remove("informatieobjectcategorie");
        assertValidatieFout(beheerder().body(zonderCategorie).post(INFORMATIEOBJECTTYPEN).then(),
                "informatieobjectcategorie", "required");
        beheerder().get(INFORMATIEOBJECTTYPEN + "?status=alles&catalogus=" + catalogus).then().body("count", equalTo(0));
    }

    @Test
    void theCatalogusIsOneOfOurs() {
        String catalogus = catalogus();
        Map<String, Object> elders = informatieobjecttypeBody("https://elders.example/catalogi/api/v1/catalogussen/"
                + UUID.randomUUID(), unique("Brief"));
        assertValidatieFout(beheerder().body(elders).post(INFORMATIEOBJECTTYPEN).then(), "catalogus", "no_match");
        Map<String, Object> weg = informatieobjecttypeBody(catalogus.substring(0, catalogus.lastIndexOf('/') + 1)
                + UUID.randomUUID(), unique("Brief"));
        assertValidatieFout(beheerder().body(weg).post(INFORMATIEOBJECTTYPEN).then(), "catalogus", "does_not_exist");
    }

    @Test
    void onlyAWriterCreates() {
        Map<String, Object> body = informatieobjecttypeBody(catalogus(), unique("Brief"));
        assertFout(as("lezer").body(body).post(INFORMATIEOBJECTTYPEN).then(), 403, "permission_denied");
        assertFout(as("documenten-lezer").body(body).post(INFORMATIEOBJECTTYPEN).then(), 403, "permission_denied");
    }
}
