package nl.zgw.notificaties.abonnement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.notificaties.Subscriber;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notificaties"))
class AbonnementNemenTest {

    private static final String API = "/notificaties/api/v1";
    private static final String KANAAL = "zaken-" + UUID.randomUUID().toString().substring(0, 8);
    private static Subscriber subscriber;

    @BeforeAll
    static void subscriberAndKanaal() throws Exception {
        subscriber = Subscriber.start();
    }

    @AfterAll
    static void stop() {
        subscriber.close();
    }

    private static RequestSpecification as(String clientId) {
        return given().auth().oauth2(ZgwTokenSigner.sign(clientId, clientId + "-secret-0123456789", "", ""))
                .contentType("application/json");
    }

    private static void kanaal() {
        as("publisher").body(Map.of("naam", KANAAL, "filters", List.of("bronorganisatie", "zaaktype")))
                .post(API + "/kanaal").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(400)));
    }

    private static Map<String, Object> abonnement(Map<String, String> filters) {
        kanaal();
        return Map.of("callbackUrl", subscriber.url(), "auth", "Bearer abonnee-geheim",
                "kanalen", List.of(Map.of("naam", KANAAL, "filters", filters)));
    }

    private static String path(String url) {
        return url.substring(url.indexOf(API));
    }

    @Test
    void consumerSubscribesAndTheCallbackIsTriedWithItsAuth() {
        int before = subscriber.received().size();
        String url = as("consumer").body(abonnement(Map.of("bronorganisatie", "123456782"))).post(API + "/abonnement")
                .then().statusCode(201)
                .header("Location", startsWith("http://localhost:8006/notificaties/api/v1/abonnement/"))
                .body("callbackUrl", equalTo(subscriber.url()))
                .body("kanalen[0].naam", equalTo(KANAAL))
                .body("kanalen[0].filters.bronorganisatie", equalTo("123456782"))
                .body("$", not(hasKey("auth")))
                .extract().path("url");
        assertThat(subscriber.received()).hasSizeGreaterThan(before);
        assertThat(subscriber.received().get(subscriber.received().size() - 1).authorization())
                .isEqualTo("Bearer abonnee-geheim");
        as("consumer").get(path(url)).then().statusCode(200).body("$", not(hasKey("auth")));
        as("consumer").get(API + "/abonnement").then().statusCode(200).body("url", hasItem(url));
    }

    @Test
    void aCallbackThatRefusesIsInvalidAndNothingIsSaved() {
        subscriber.answer(500);
        try {
            assertValidatieFout(as("consumer2").body(abonnement(Map.of())).post(API + "/abonnement").then(),
                    "callbackUrl", "invalid-callback-url");
        } finally {
            subscriber.answer(204);
        }
        as("consumer2").get(API + "/abonnement").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anUnreachableCallbackIsInvalid() {
        Map<String, Object> body = new java.util.HashMap<>(abonnement(Map.of()));
        body.put("callbackUrl", "http://127.0.0.1:1/nowhere");
        assertValidatieFout(as("consumer").body(body).post(API + "/abonnement").then(),
                "callbackUrl", "invalid-callback-url");
    }

    @Test
    void anUnknownKanaalIsRefused() {
        Map<String, Object> body = new java.util.HashMap<>(abonnement(Map.of()));
        body.put("kanalen", List.of(Map.of("naam", "bestaat-niet")));
        assertValidatieFout(as("consumer").body(body).post(API + "/abonnement").then(),
                "kanalen.0.naam", "kanaal-bestaat-niet");
    }

    @Test
    void aFilterOnAnUndeclaredKenmerkIsRefused() {
        assertValidatieFout(as("consumer").body(abonnement(Map.of("geheim", "x"))).post(API + "/abonnement").then(),
                "kanalen.0.filters", "kenmerken-inconsistent");
    }

    @Test
    void authIsRequired() {
        Map<String, Object> body = new java.util.HashMap<>(abonnement(Map.of()));
        body.remove("auth");
        assertValidatieFout(as("consumer").body(body).post(API + "/abonnement").then(), "auth", "required");
    }

    @Test
    void patchKeepsTheStoredAuthAndChecksTheCallbackAgain() {
        String url = as("consumer").body(abonnement(Map.of())).post(API + "/abonnement").then().statusCode(201)
                .extract().path("url");
        int before = subscriber.received().size();
        as("consumer").body(Map.of("kanalen", List.of(Map.of("naam", KANAAL, "filters", Map.of("zaaktype", "*")))))
                .patch(path(url)).then().statusCode(200).body("kanalen[0].filters.zaaktype", equalTo("*"));
        assertThat(subscriber.received().get(before).authorization()).isEqualTo("Bearer abonnee-geheim");
    }

    @Test
    void anotherConsumersAbonnementDoesNotExistForYou() {
        String url = as("consumer").body(abonnement(Map.of())).post(API + "/abonnement").then().statusCode(201)
                .extract().path("url");
        assertFout(as("consumer2").get(path(url)).then(), 404, "not_found");
        assertFout(as("consumer2").delete(path(url)).then(), 404, "not_found");
        as("beheer").get(path(url)).then().statusCode(200);
    }

    @Test
    void aKanaalThatNamesAKenmerkTwiceCanBeSubscribedToAndPublishedOn() {
        String kanaal = "dubbel-" + UUID.randomUUID().toString().substring(0, 8);
        as("publisher").body(Map.of("naam", kanaal, "filters", List.of("zaaktype", "zaaktype")))
                .post(API + "/kanaal").then().statusCode(201);
        as("consumer").body(Map.of("callbackUrl", subscriber.url(), "auth", "Bearer abonnee-geheim",
                        "kanalen", List.of(Map.of("naam", kanaal, "filters", Map.of("zaaktype", "*")))))
                .post(API + "/abonnement").then().statusCode(201);
        as("publisher").body(Map.of("kanaal", kanaal, "hoofdObject", "https://zaken.example.nl/zaken/api/v1/zaken/"
                        + UUID.randomUUID(), "resource", "zaak", "resourceUrl", "https://zaken.example.nl/zaken/api/v1/zaken/"
                        + UUID.randomUUID(), "actie", "create", "aanmaakdatum", "2026-12-05T10:00:00Z",
                        "kenmerken", Map.of("zaaktype", "https://catalogi.example.nl/zaaktypen/1")))
                .post(API + "/notificaties").then().statusCode(200);
    }

    @Test
    void deleteRemovesIt() {
        String url = as("consumer").body(abonnement(Map.of())).post(API + "/abonnement").then().statusCode(201)
                .extract().path("url");
        as("consumer").delete(path(url)).then().statusCode(204);
        assertFout(as("consumer").get(path(url)).then(), 404, "not_found");
    }

    @Test
    void publisherWithoutConsumerenMayNotSubscribe() {
        assertFout(as("publisher").body(abonnement(Map.of())).post(API + "/abonnement").then(), 403, "permission_denied");
    }

    /** The spec lets publiceren read and list too (what the client owns), not change. */
    @Test
    void publisherMayReadButNotChange() {
        String url = as("consumer").body(abonnement(Map.of())).post(API + "/abonnement").then().statusCode(201)
                .extract().path("url");
        List<String> seen = as("publisher").get(API + "/abonnement").then().statusCode(200).extract().path("url");
        assertThat(seen).doesNotContain(url);
        assertFout(as("publisher").get(path(url)).then(), 404, "not_found");
        assertFout(as("publisher").body(Map.of("callbackUrl", "https://x.nl/cb")).patch(path(url)).then(), 403,
                "permission_denied");
        assertFout(as("publisher").delete(path(url)).then(), 403, "permission_denied");
        as("consumer").get(path(url)).then().statusCode(200).body("callbackUrl", equalTo(subscriber.url()));
        assertFout(as("nobody").get(API + "/abonnement").then(), 403, "permission_denied");
    }

    @Test
    void listNeedsAToken() {
        assertFout(given().get(API + "/abonnement").then(), 401, "not_authenticated");
    }
}
