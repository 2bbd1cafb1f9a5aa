package nl.zgw.catalogi.catalogus;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.as;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.catalogusBody;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktype;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class CatalogusTest {

    private static final String CATALOGUSSEN = API + "/catalogussen";

    @Test
    void createReadAndFilter() {
        Map<String, Object> body = catalogusBody();
        String url = beheerder().body(body).post(CATALOGUSSEN).then().statusCode(201)
                .header("Location", startsWith("http://localhost:8002/catalogi/api/v1/catalogussen/"))
                .body("domein", equalTo(body.get("domein"))).body("naam", equalTo("Test catalogus"))
                .extract().path("url");
        String zaaktype = zaaktype(url, unique("ZT"));
        as("lezer").get(path(url)).then().statusCode(200).body("zaaktypen", contains(zaaktype))
                .header("ETag", not(emptyOrNullString()));
        as("lezer").get(CATALOGUSSEN + "?rsin=" + body.get("rsin") + "&domein=" + body.get("domein")).then()
                .statusCode(200).body("count", equalTo(1)).body("results[0].url", equalTo(url));
        as("lezer").get(CATALOGUSSEN + "?domein__in=XXXXX," + body.get("domein")).then().body("count", equalTo(1));
        as("lezer").get(CATALOGUSSEN + "?rsin__in=000000000").then().body("count", equalTo(0));
    }

    @Test
    void domeinAndRsinTogetherAreUnique() {
        Map<String, Object> body = catalogusBody();
        beheerder().body(body).post(CATALOGUSSEN).then().statusCode(201);
        assertValidatieFout(beheerder().body(body).post(CATALOGUSSEN).then(), "nonFieldErrors", "unique");
    }

    @Test
    void putAndPatchChangeTheCatalogus() {
        Map<String, Object> body = catalogusBody();
        String url = beheerder().body(body).post(CATALOGUSSEN).then().statusCode(201).extract().path("url");
        body.put("naam", "Nieuwe naam");
        beheerder().body(body).put(path(url)).then().statusCode(200).body("naam", equalTo("Nieuwe naam"));
        beheerder().body(Map.of("versie", "2.0")).patch(path(url)).then().statusCode(200)
                .body("versie", equalTo("2.0")).body("naam", equalTo("Nieuwe naam"));
        assertValidatieFout(beheerder().body(Map.of("domein", "TOOLONG")).patch(path(url)).then(), "domein", "max_length");
    }

    @Test
    void badInputNamesTheField() {
        Map<String, Object> body = catalogusBody();
        body.remove("contactpersoonBeheerNaam");
        assertValidatieFout(beheerder().body(body).post(CATALOGUSSEN).then(), "contactpersoonBeheerNaam", "required");
        Map<String, Object> email = catalogusBody();
        email.put("contactpersoonBeheerEmailadres", "geen-adres");
        assertValidatieFout(beheerder().body(email).post(CATALOGUSSEN).then(), "contactpersoonBeheerEmailadres", "invalid");
        assertValidatieFout(beheerder().get(CATALOGUSSEN + "?expand=statustypen").then(), "expand", "invalid_choice");
        assertValidatieFout(beheerder().get(CATALOGUSSEN + "?expand=zaaktypen.onbekend").then(), "expand", "invalid_choice");
    }

    @Test
    void catalogussenAreNotDeleted() {
        String url = beheerder().body(catalogusBody()).post(CATALOGUSSEN).then().statusCode(201).extract().path("url");
        assertFout(beheerder().delete(path(url)).then(), 405, "method_not_allowed");
    }

    @Test
    void scopesAreEnforced() {
        assertFout(as("lezer").body(catalogusBody()).post(CATALOGUSSEN).then(), 403, "permission_denied");
        assertFout(as("nobody").get(CATALOGUSSEN).then(), 403, "permission_denied");
        assertFout(given().get(CATALOGUSSEN).then(), 401, "not_authenticated");
    }

    @Test
    void headAndConditionalGet() {
        String url = beheerder().body(catalogusBody()).post(CATALOGUSSEN).then().statusCode(201).extract().path("url");
        String etag = as("lezer").get(path(url)).then().statusCode(200).extract().header("ETag");
        as("lezer").header("If-None-Match", etag).get(path(url)).then().statusCode(304);
        as("lezer").head(path(url)).then().statusCode(200).header("ETag", equalTo(etag));
        as("lezer").head(CATALOGUSSEN + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
