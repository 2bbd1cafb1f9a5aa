package nl.zgw.notificaties.kanaal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notificaties"))
class KanaalRegistrerenTest {

    private static final String KANAAL = "/notificaties/api/v1/kanaal";

    private static RequestSpecification as(String clientId) {
        return given().auth().oauth2(ZgwTokenSigner.sign(clientId, clientId + "-secret-0123456789", "", ""))
                .contentType("application/json");
    }

    private static String naam() {
        return "k" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void publisherRegistersAKanaal() {
        String naam = naam();
        String url = as("publisher").body(Map.of("naam", naam, "documentatieLink", "https://example.nl/zaken",
                        "filters", List.of("bronorganisatie", "zaaktype")))
                .post(KANAAL).then().statusCode(201)
                .header("Location", startsWith("http://localhost:8006/notificaties/api/v1/kanaal/"))
                .body("naam", equalTo(naam))
                .body("filters", equalTo(List.of("bronorganisatie", "zaaktype")))
                .extract().path("url");
        as("consumer").get(url.substring(url.indexOf("/notificaties/"))).then().statusCode(200)
                .body("documentatieLink", equalTo("https://example.nl/zaken"));
        as("consumer").get(KANAAL + "?naam=" + naam).then().statusCode(200)
                .body("", hasSize(1)).body("[0].url", equalTo(url));
    }

    @Test
    void naamIsUnique() {
        String naam = naam();
        as("publisher").body(Map.of("naam", naam)).post(KANAAL).then().statusCode(201);
        assertValidatieFout(as("publisher").body(Map.of("naam", naam)).post(KANAAL).then(), "naam", "unique");
    }

    @Test
    void naamIsRequired() {
        assertValidatieFout(as("publisher").body(Map.of("filters", List.of())).post(KANAAL).then(), "naam", "required");
    }

    @Test
    void documentatieLinkMustBeAUrl() {
        assertValidatieFout(as("publisher").body(Map.of("naam", naam(), "documentatieLink", "geen url")).post(KANAAL)
                .then(), "documentatieLink", "invalid");
    }

    @Test
    void consumerMayNotRegister() {
        assertFout(as("consumer").body(Map.of("naam", naam())).post(KANAAL).then(), 403, "permission_denied");
    }

    @Test
    void clientWithoutAutorisatiesMayNotList() {
        assertFout(as("nobody").get(KANAAL).then(), 403, "permission_denied");
    }

    @Test
    void anonymousIs401() {
        assertFout(given().get(KANAAL).then(), 401, "not_authenticated");
    }

    @Test
    void unknownKanaalIs404() {
        assertFout(as("consumer").get(KANAAL + "/" + UUID.randomUUID()).then(), 404, "not_found");
    }
}
