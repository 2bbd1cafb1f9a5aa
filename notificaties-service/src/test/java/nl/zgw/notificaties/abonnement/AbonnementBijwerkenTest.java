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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * An abonnement bijwerken: PUT replaces it as a whole (the callback is tried again with the new
 * auth), PATCH replaces what is sent; a refused change leaves the stored abonnement as it was.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notificaties"))
class AbonnementBijwerkenTest {

    private static final String API = "/notificaties/api/v1";
    private static Subscriber first;
    private static Subscriber second;

    @BeforeAll
    static void subscribers() throws Exception {
        first = Subscriber.start();
        second = Subscriber.start();
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    private static RequestSpecification as(String clientId) {
        return given().auth().oauth2(ZgwTokenSigner.sign(clientId, clientId + "-secret-0123456789", "", ""))
                .contentType("application/json");
    }

    private static String kanaal() {
        String naam = "b-" + UUID.randomUUID().toString().substring(0, 8);
        as("publisher").body(Map.of("naam", naam, "filters", List.of("bronorganisatie", "zaaktype")))
                .post(API + "/kanaal").then().statusCode(201);
        return naam;
    }

    private static Map<String, Object> abonnement(Subscriber subscriber, String auth, String kanaal,
                                                  Map<String, String> filters) {
        Map<String, Object> body = new HashMap<>();
        body.put("callbackUrl", subscriber.url());
        body.put("auth", auth);
        body.put("kanalen", List.of(Map.of("naam", kanaal, "filters", filters)));
        return body;
    }

    /** An abonnement of client consumer on {@code kanaal}, to the first subscriber; returns its path. */
    private static String create(String kanaal) {
        String url = as("consumer").body(abonnement(first, "Bearer eerste", kanaal, Map.of("bronorganisatie", "123456782")))
                .post(API + "/abonnement").then().statusCode(201).extract().path("url");
        return url.substring(url.indexOf(API));
    }

    /** The abonnement is still as {@link #create} made it. */
    private static void unchanged(String path, String kanaal) {
        as("consumer").get(path).then().statusCode(200)
                .body("callbackUrl", equalTo(first.url()))
                .body("kanalen", hasSize(1))
                .body("kanalen[0].naam", equalTo(kanaal))
                .body("kanalen[0].filters.bronorganisatie", equalTo("123456782"));
    }

    @Test
    void putReplacesEveryFieldAndTriesTheNewCallbackWithTheNewAuth() {
        String kanaal = kanaal();
        String ander = kanaal();
        String path = create(kanaal);
        int before = second.received().size();
        as("consumer").body(abonnement(second, "Bearer tweede", ander, Map.of("zaaktype", "*"))).put(path)
                .then().statusCode(200)
                .body("url", endsWith(path))
                .body("callbackUrl", equalTo(second.url()))
                .body("kanalen", hasSize(1))
                .body("kanalen[0].naam", equalTo(ander))
                .body("kanalen[0].filters.zaaktype", equalTo("*"))
                .body("kanalen[0].filters", not(hasKey("bronorganisatie")))
                .body("$", not(hasKey("auth")));
        assertThat(second.received()).hasSizeGreaterThan(before);
        assertThat(second.received().get(before).authorization()).as("the new callback is tried with the new auth")
                .isEqualTo("Bearer tweede");

        as("consumer").get(path).then().statusCode(200)
                .body("callbackUrl", equalTo(second.url()))
                .body("kanalen", hasSize(1))
                .body("kanalen[0].naam", equalTo(ander))
                .body("kanalen[0].filters.zaaktype", equalTo("*"))
                .body("kanalen[0].filters", not(hasKey("bronorganisatie")));
        // auth is write-only; that the new one was stored shows in the callback check of a later PATCH
        int beforePatch = second.received().size();
        as("consumer").body(Map.of("kanalen", List.of(Map.of("naam", ander)))).patch(path).then().statusCode(200);
        assertThat(second.received()).hasSizeGreaterThan(beforePatch);
        assertThat(second.received().get(beforePatch).authorization()).isEqualTo("Bearer tweede");
    }

    @Test
    void putOfAnUnknownAbonnementIs404() {
        assertFout(as("consumer").body(abonnement(second, "Bearer tweede", kanaal(), Map.of()))
                .put(API + "/abonnement/" + UUID.randomUUID()).then(), 404, "not_found");
    }

    @Test
    void putOfAnotherConsumersAbonnementIs404AndChangesNothing() {
        String kanaal = kanaal();
        String path = create(kanaal);
        assertFout(as("consumer2").body(abonnement(second, "Bearer tweede", kanaal, Map.of())).put(path).then(),
                404, "not_found");
        unchanged(path, kanaal);
    }

    @Test
    void putWithoutAuthIsInvalidAndChangesNothing() {
        String kanaal = kanaal();
        String path = create(kanaal);
        Map<String, Object> body = abonnement(second, "Bearer tweede", kanaal, Map.of());
        body.remove("auth");
        assertValidatieFout(as("consumer").body(body).put(path).then(), "auth", "required");
        unchanged(path, kanaal);
    }

    @Test
    void putWithAnUnknownKanaalIsRefusedAndChangesNothing() {
        String kanaal = kanaal();
        String path = create(kanaal);
        assertValidatieFout(as("consumer").body(abonnement(second, "Bearer tweede", "bestaat-niet", Map.of()))
                .put(path).then(), "kanalen.0.naam", "kanaal-bestaat-niet");
        unchanged(path, kanaal);
    }

    @Test
    void putToACallbackThatRefusesIsInvalidAndChangesNothing() {
        String kanaal = kanaal();
        String path = create(kanaal);
        second.answer(500);
        try {
            assertValidatieFout(as("consumer").body(abonnement(second, "Bearer tweede", kanaal, Map.of())).put(path)
                    .then(), "callbackUrl", "invalid-callback-url");
        } finally {
            second.answer(204);
        }
        unchanged(path, kanaal);
    }

    @Test
    void putNeedsConsumerenAndAToken() {
        String kanaal = kanaal();
        String path = create(kanaal);
        Map<String, Object> body = abonnement(second, "Bearer tweede", kanaal, Map.of());
        assertFout(as("publisher").body(body).put(path).then(), 403, "permission_denied");
        assertFout(as("nobody").body(body).put(path).then(), 403, "permission_denied");
        assertFout(given().contentType("application/json").body(body).put(path).then(), 401, "not_authenticated");
        unchanged(path, kanaal);
    }

    @Test
    void patchOfAnUnknownAbonnementIs404() {
        assertFout(as("consumer").body(Map.of("auth", "Bearer x")).patch(API + "/abonnement/" + UUID.randomUUID())
                .then(), 404, "not_found");
    }

    @Test
    void patchWithABlankAuthIsInvalidAndChangesNothing() {
        String kanaal = kanaal();
        String path = create(kanaal);
        assertValidatieFout(as("consumer").body(Map.of("auth", "")).patch(path).then(), "auth", "blank");
        unchanged(path, kanaal);
    }

    @Test
    void aChangeMadeWhileAnotherWasUnderwayIsRefusedWith409AndTheOtherStays() throws Exception {
        String kanaal = kanaal();
        String path = create(kanaal);
        try (Subscriber slow = Subscriber.start()) {
            slow.hold(); // the first change waits in its callback check, after it read the abonnement
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> as("consumer")
                    .body(abonnement(slow, "Bearer traag", kanaal, Map.of())).put(path).then().extract());
            long until = System.currentTimeMillis() + 10_000;
            while (slow.received().isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            assertThat(slow.received()).as("the first change reached its callback check").hasSize(1);
            as("consumer").body(abonnement(second, "Bearer tweede", kanaal, Map.of("zaaktype", "*"))).put(path)
                    .then().statusCode(200);
            slow.release();
            var refused = first.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.jsonPath().getString("code")).isEqualTo("concurrent-update");
        }
        as("consumer").get(path).then().statusCode(200)
                .body("callbackUrl", equalTo(second.url()))
                .body("kanalen", hasSize(1))
                .body("kanalen[0].filters.zaaktype", equalTo("*"));
    }

    @Test
    void kanalenAreKeptInTheOrderGivenAndAKanaalWithoutFiltersHasNone() {
        String kanaal = kanaal();
        String ander = kanaal();
        String path = create(kanaal);
        Map<String, Object> body = new HashMap<>();
        body.put("callbackUrl", second.url());
        body.put("auth", "Bearer tweede");
        Map<String, Object> zonderFilters = new HashMap<>();
        zonderFilters.put("naam", ander);
        body.put("kanalen", List.of(zonderFilters, Map.of("naam", kanaal, "filters", Map.of("zaaktype", "z", "bronorganisatie", "b"))));
        as("consumer").body(body).put(path).then().statusCode(200)
                .body("kanalen.naam", org.hamcrest.Matchers.contains(ander, kanaal))
                .body("kanalen[0].filters", equalTo(Map.of()));
        as("consumer").get(path).then().statusCode(200)
                .body("kanalen.naam", org.hamcrest.Matchers.contains(ander, kanaal))
                .body("kanalen[0].filters", equalTo(Map.of()))
                .body("kanalen[1].filters", equalTo(Map.of("zaaktype", "z", "bronorganisatie", "b")));
    }
}
