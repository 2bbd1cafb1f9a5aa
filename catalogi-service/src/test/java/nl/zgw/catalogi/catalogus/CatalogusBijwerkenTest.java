package nl.zgw.catalogi.catalogus;

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
import static nl.zgw.catalogi.CatalogiFixtures.catalogusBody;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.equalTo;

/** Changing a catalogus (PUT and PATCH) the wrong way. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class CatalogusBijwerkenTest {

    private static final String CATALOGUSSEN = API + "/catalogussen";

    @Test
    void anUnknownUuidIsNotFound() {
        String url = CATALOGUSSEN + "/" + UUID.randomUUID();
        assertFout(beheerder().body(catalogusBody()).put(url).then(), 404, "not_found");
        assertFout(beheerder().body(Map.of("naam", "Nieuw")).patch(url).then(), 404, "not_found");
    }

    @Test
    void aPutIsValidatedAsAWhole() {
        Map<String, Object> body = catalogusBody();
        String url = beheerder().body(body).post(CATALOGUSSEN).then().statusCode(201).extract().path("url");
        Map<String, Object> teLang = catalogusBody();
        teLang.put("domein", "TOOLONG");
        assertValidatieFout(beheerder().body(teLang).put(path(url)).then(), "domein", "max_length");
        Map<String, Object> zonderNaam = catalogusBody();
        zonderNaam.remove("contactpersoonBeheerNaam");
        assertValidatieFout(beheerder().body(zonderNaam).put(path(url)).then(), "contactpersoonBeheerNaam", "required");
        beheerder().get(path(url)).then().body("domein", equalTo(body.get("domein")));
    }

    @Test
    void domeinAndRsinOfAnotherCatalogusAreTaken() {
        Map<String, Object> ander = catalogusBody();
        beheerder().body(ander).post(CATALOGUSSEN).then().statusCode(201);
        String url = beheerder().body(catalogusBody()).post(CATALOGUSSEN).then().statusCode(201).extract().path("url");
        Map<String, Object> dubbel = catalogusBody();
        dubbel.put("domein", ander.get("domein"));
        dubbel.put("rsin", ander.get("rsin"));
        assertValidatieFout(beheerder().body(dubbel).put(path(url)).then(), "nonFieldErrors", "unique");
        assertValidatieFout(beheerder().body(Map.of("domein", ander.get("domein"), "rsin", ander.get("rsin")))
                .patch(path(url)).then(), "nonFieldErrors", "unique");
    }

    @Test
    void onlyAWriterChangesIt() {
        Map<String, Object> body = catalogusBody();
        String url = beheerder().body(body).post(CATALOGUSSEN).then().statusCode(201).extract().path("url");
        assertFout(as("lezer").body(body).put(path(url)).then(), 403, "permission_denied");
        assertFout(as("lezer").body(Map.of("naam", "Nieuw")).patch(path(url)).then(), 403, "permission_denied");
    }
}
