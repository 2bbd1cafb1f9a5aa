package nl.zgw.autorisaties.applicatie;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.autorisaties.AutorisatiesTest;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ApplicatieOpvragenTest extends AutorisatiesTest {

    @Test
    void listIsPaginatedAndReadableWithLezen() {
        create(applicatie());
        as("test-reader").get(API + "/applicaties").then().statusCode(200)
                .body("count", greaterThanOrEqualTo(3))
                .body("previous", nullValue())
                .body("results[0].url", notNullValue());
    }

    @Test
    void listFiltersOnClientIds() {
        ApplicatieBody body = applicatie();
        String url = create(body);
        String clientId = body.clientIds().get(0);
        as("test-reader").get(API + "/applicaties?clientIds=" + clientId).then().statusCode(200)
                .body("count", equalTo(1))
                .body("results", hasSize(1))
                .body("results[0].url", equalTo(url));
        as("test-reader").get(API + "/applicaties?clientIds=nobody-has-this").then().statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void readOne() {
        ApplicatieBody body = applicatie();
        String url = create(body);
        as("test-reader").get(path(url)).then().statusCode(200)
                .body("url", equalTo(url))
                .body("clientIds", equalTo(body.clientIds()))
                .header("ETag", notNullValue());
    }

    @Test
    void headAndIfNoneMatch() {
        String url = create(applicatie());
        String etag = as("test-reader").get(path(url)).then().extract().header("ETag");
        as("test-reader").head(path(url)).then().statusCode(200).header("ETag", etag);
        as("test-reader").header("If-None-Match", etag).get(path(url)).then().statusCode(304);
    }

    @Test
    void consumerFindsTheApplicatieOfAClientId() {
        ApplicatieBody body = applicatie();
        String url = create(body);
        as("test-reader").get(API + "/applicaties/consumer?clientId=" + body.clientIds().get(0)).then()
                .statusCode(200).body("url", equalTo(url));
    }

    @Test
    void consumerOfUnknownClientIs404() {
        assertFout(as("test-reader").get(API + "/applicaties/consumer?clientId=unknown-client").then(),
                404, "not_found");
    }

    @Test
    void consumerWithoutClientIdIs400() {
        assertValidatieFout(as("test-reader").get(API + "/applicaties/consumer").then(), "clientId", "required");
    }

    @Test
    void unknownApplicatieIs404() {
        assertFout(as("test-reader").get(API + "/applicaties/7d5e3b6c-1111-4e5a-9d7a-0e8b2a6f4c11").then(),
                404, "not_found");
    }

    @Test
    void unknownQueryParameterIs400() {
        assertValidatieFout(as("test-reader").get(API + "/applicaties?client=x").then(),
                "nonFieldErrors", "unknown-parameters");
    }

    @Test
    void clientWithoutApplicatieIs403() {
        assertFout(as("test-nobody").get(API + "/applicaties").then(), 403, "permission_denied");
    }

    @Test
    void wrongSecretIs401() {
        assertFout(io.restassured.RestAssured.given().auth().oauth2(
                nl.zgw.shared.auth.ZgwTokenSigner.sign("test-reader", "not-the-secret", "", ""))
                .get(API + "/applicaties").then(), 401, "not_authenticated");
    }
}
