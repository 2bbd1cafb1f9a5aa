package nl.zgw.besluiten.besluit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.besluiten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.zgw.besluiten.BesluitenApi.BESLUITEN;
import static nl.zgw.besluiten.BesluitenApi.as;
import static nl.zgw.besluiten.BesluitenApi.besluit;
import static nl.zgw.besluiten.BesluitenApi.create;
import static nl.zgw.besluiten.BesluitenApi.rsin;
import static nl.zgw.besluiten.BesluitenApi.zaak;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
class BesluitenLijstTest {

    @Test
    void theListShowsTheBesluitenOfTheClientsBesluittypenFilteredInTheQuery() {
        String organisatie = rsin();
        String a1 = create("alles", van(organisatie, "a"));
        String a2 = create("alles", van(organisatie, "a"));
        String b = create("alles", van(organisatie, "b"));
        as("alles").queryParam("verantwoordelijkeOrganisatie", organisatie).get(BESLUITEN).then().statusCode(200)
                .body("count", equalTo(3)).body("results.url", contains(a1, a2, b))
                .body("next", nullValue()).body("previous", nullValue());
        as("behandelaar").queryParam("verantwoordelijkeOrganisatie", organisatie).get(BESLUITEN).then().statusCode(200)
                .body("count", equalTo(2)).body("results.url", contains(a1, a2));
        as("lezer").queryParam("verantwoordelijkeOrganisatie", organisatie).get(BESLUITEN).then().statusCode(200)
                .body("count", equalTo(2)).body("results.url", contains(a1, a2));
        as("lezer").get(BESLUITEN).then().statusCode(200)
                .body("results.besluittype", everyItem(equalTo(CatalogiStub.besluittype("a"))));
        assertFout(as("nobody").get(BESLUITEN).then(), 403, "permission_denied");
    }

    @Test
    void everyFilterSelects() {
        String organisatie = rsin();
        Map<String, Object> metZaak = van(organisatie, "a");
        String zaak = zaak();
        metZaak.put("zaak", zaak);
        metZaak.put("identificatie", "LIJST-" + UUID.randomUUID().toString().substring(0, 8));
        String eerste = create("alles", metZaak);
        String tweede = create("alles", van(organisatie, "b"));
        String elders = create("alles", besluit("b"));

        as("alles").queryParam("identificatie", metZaak.get("identificatie")).get(BESLUITEN).then()
                .body("count", equalTo(1)).body("results[0].url", equalTo(eerste));
        as("alles").queryParam("verantwoordelijkeOrganisatie", organisatie).get(BESLUITEN).then()
                .body("count", equalTo(2)).body("results.url", contains(eerste, tweede));
        as("alles").queryParam("zaak", zaak).get(BESLUITEN).then()
                .body("count", equalTo(1)).body("results[0].url", equalTo(eerste));
        as("alles").queryParam("besluittype", CatalogiStub.besluittype("b")).get(BESLUITEN).then()
                .body("results.url", hasItem(tweede)).body("results.url", hasItem(elders))
                .body("results.url", not(hasItem(eerste)));
        as("alles").queryParam("besluittype", CatalogiStub.besluittype("b"))
                .queryParam("verantwoordelijkeOrganisatie", organisatie).get(BESLUITEN).then()
                .body("count", equalTo(1)).body("results[0].url", equalTo(tweede));
        as("alles").queryParam("zaak", zaak()).get(BESLUITEN).then().body("count", equalTo(0));
        // a filter on a besluittype the client may not read finds nothing
        as("lezer").queryParam("besluittype", CatalogiStub.besluittype("b")).get(BESLUITEN).then()
                .body("count", equalTo(0));
    }

    @Test
    void pagesAndParametersAreChecked() {
        assertFout(as("alles").queryParam("page", 99999).get(BESLUITEN).then(), 404, "not_found");
        assertFout(as("alles").queryParam("page", "twee").get(BESLUITEN).then(), 404, "not_found");
        assertValidatieFout(as("alles").queryParam("vervalreden", "tijdelijk").get(BESLUITEN).then(), "nonFieldErrors",
                "unknown-parameters");
    }

    private static Map<String, Object> van(String organisatie, String type) {
        Map<String, Object> body = besluit(type);
        body.put("verantwoordelijkeOrganisatie", organisatie);
        return body;
    }
}
