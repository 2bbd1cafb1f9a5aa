package nl.zgw.documenten.verzending;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.create;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class VerzendingenTest {

    static final String VERZENDINGEN = "/documenten/api/v1/verzendingen";

    static Map<String, Object> verzending(String document, String betrokkene) {
        Map<String, Object> body = new HashMap<>();
        body.put("informatieobject", document);
        body.put("betrokkene", betrokkene);
        body.put("aardRelatie", "geadresseerde");
        body.put("contactPersoon", "https://medewerkers.example/1");
        body.put("emailadres", "inwoner@example.nl");
        return body;
    }

    @Test
    void aVerzendingGoesToExactlyOneAddress() {
        String document = create("behandelaar", document("a"));
        String betrokkene = "https://klanten.example/" + UUID.randomUUID();
        String url = as("behandelaar").body(verzending(document, betrokkene)).post(VERZENDINGEN).then().statusCode(201)
                .body("emailadres", equalTo("inwoner@example.nl")).body("mijnOverheid", equalTo(false))
                .body("binnenlandsCorrespondentieadres", nullValue()).extract().path("url");
        Map<String, Object> twee = verzending(document, betrokkene);
        twee.put("telefoonnummer", "0612345678");
        assertValidatieFout(as("behandelaar").body(twee).post(VERZENDINGEN).then(), "nonFieldErrors", "invalid-address");
        Map<String, Object> geen = verzending(document, betrokkene);
        geen.remove("emailadres");
        assertValidatieFout(as("behandelaar").body(geen).post(VERZENDINGEN).then(), "nonFieldErrors", "invalid-address");
        // switching the address: the old one sent as null
        Map<String, Object> post = new HashMap<>();
        post.put("emailadres", null);
        post.put("correspondentiePostadres", Map.of("postBusOfAntwoordnummer", 123, "postadresPostcode", "1000AA",
                "postadresType", "postbusnummer", "woonplaatsnaam", "Amsterdam"));
        as("behandelaar").body(post).patch(path(url)).then().statusCode(200)
                .body("correspondentiePostadres.postBusOfAntwoordnummer", equalTo(123)).body("emailadres", nullValue());
        assertValidatieFout(as("behandelaar").body(Map.of("telefoonnummer", "0612345678")).patch(path(url)).then(),
                "nonFieldErrors", "invalid-address");
        as("behandelaar").queryParam("betrokkene", betrokkene).get(VERZENDINGEN).then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(url));
        String etag = as("behandelaar").get(path(url)).then().statusCode(200).extract().header("ETag");
        as("behandelaar").head(path(url)).then().statusCode(200).header("ETag", equalTo(etag));
        as("behandelaar").delete(path(url)).then().statusCode(204);
        assertFout(as("behandelaar").get(path(url)).then(), 404, "not_found");
    }

    @Test
    void unhappyPaths() {
        String document = create("alles", document("b"));
        assertFout(as("behandelaar").body(verzending(document, "https://klanten.example/1")).post(VERZENDINGEN).then(), 403,
                "permission_denied");
        String url = as("alles").body(verzending(document, "https://klanten.example/1")).post(VERZENDINGEN).then()
                .statusCode(201).extract().path("url");
        assertFout(as("behandelaar").get(path(url)).then(), 403, "permission_denied");
        assertFout(as("behandelaar").body(Map.of("toelichting", "x")).patch(path(url)).then(), 403, "permission_denied");
        assertFout(as("behandelaar").delete(path(url)).then(), 403, "permission_denied");
        assertValidatieFout(as("alles").queryParam("aardRelatie", "ontvanger").get(VERZENDINGEN).then(), "aardRelatie",
                "invalid_choice");
        Map<String, Object> fout = verzending(document, "https://klanten.example/1");
        fout.put("aardRelatie", "ontvanger");
        assertValidatieFout(as("alles").body(fout).post(VERZENDINGEN).then(), "aardRelatie", "invalid_choice");
        fout = verzending(document, "https://klanten.example/1");
        fout.put("emailadres", "geen-adres");
        assertValidatieFout(as("alles").body(fout).post(VERZENDINGEN).then(), "emailadres", "invalid");
        fout = verzending(document.replaceAll("[0-9a-f-]{36}$", UUID.randomUUID().toString()), "https://klanten.example/1");
        assertValidatieFout(as("alles").body(fout).post(VERZENDINGEN).then(), "informatieobject", "does_not_exist");
        assertFout(as("alles").get(VERZENDINGEN + "/" + UUID.randomUUID()).then(), 404, "not_found");
    }
}
