package nl.zgw.autorisaties.verify;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.autorisaties.AutorisatiesTest;
import nl.zgw.shared.auth.ZgwTokenSigner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** What the other services call for every request they receive. */
@QuarkusTest
class TokenVerificationTest extends AutorisatiesTest {

    private static final String VERIFY = "/autorisaties/intern/v1/verify";

    @Test
    void validTokenGivesTheClientsAutorisatiesWithAnETag() {
        ApplicatieBody body = applicatie();
        create(body);
        String clientId = body.clientIds().get(0);
        String token = clientToken(clientId);
        as("test-reader").body(Map.of("token", token)).post(VERIFY).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("clientId", equalTo(clientId))
                .body("userId", equalTo("medewerker-1"))
                .body("autorisaties.heeftAlleAutorisaties", equalTo(false))
                .body("autorisaties.grants[0].component", equalTo("zrc"))
                .body("autorisaties.grants[0].typeUrl", equalTo(ZAAKTYPE))
                .body("autorisaties.grants[0].maxVertrouwelijkheidaanduiding", equalTo("zaakvertrouwelijk"));
    }

    @Test
    void unchangedAutorisatiesAre304AndAChangeIsSeenAtOnce() {
        ApplicatieBody body = applicatie();
        String url = create(body);
        String clientId = body.clientIds().get(0);
        String etag = as("test-reader").body(Map.of("token", clientToken(clientId))).post(VERIFY).then()
                .extract().header("ETag");
        as("test-reader").header("If-None-Match", etag).body(Map.of("token", clientToken(clientId))).post(VERIFY)
                .then().statusCode(304);

        asAdmin().body(Map.of("autorisaties", List.of(zrc("zaken.lezen", "zaken.bijwerken")))).patch(path(url))
                .then().statusCode(200);
        String changed = as("test-reader").header("If-None-Match", etag).body(Map.of("token", clientToken(clientId)))
                .post(VERIFY).then().statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }

    @Test
    void invalidTokenIs422EvenWithAMatchingETag() {
        ApplicatieBody body = applicatie();
        create(body);
        String clientId = body.clientIds().get(0);
        String etag = as("test-reader").body(Map.of("token", clientToken(clientId))).post(VERIFY).then()
                .extract().header("ETag");
        assertFout(as("test-reader").header("If-None-Match", etag)
                .body(Map.of("token", ZgwTokenSigner.sign(clientId, "wrong-secret-wrong-secret", "", "")))
                .post(VERIFY).then(), 422, "invalid-token");
    }

    @Test
    void somethingThatIsNoJwtIs422() {
        assertFout(as("test-reader").body(Map.of("token", "not.a.jwt")).post(VERIFY).then(), 422, "invalid-token");
    }

    @Test
    void anotherClientsETagGivesAFullAnswer() {
        String etag = as("test-reader").body(Map.of("token", clientToken("test-reader"))).post(VERIFY).then()
                .extract().header("ETag");
        as("test-reader").header("If-None-Match", etag).body(Map.of("token", clientToken("test-admin")))
                .post(VERIFY).then().statusCode(200).body("clientId", equalTo("test-admin"));
    }

    @Test
    void callingServiceWithoutValidTokenIs401() {
        assertFout(io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("token", clientToken("test-reader"))).post(VERIFY).then(), 401, "not_authenticated");
    }

    @Test
    void clientWithoutApplicatieHasNoGrants() {
        as("test-reader").body(Map.of("token", ZgwTokenSigner.sign("test-nobody", SECRETS.get("test-nobody"), "", "")))
                .post(VERIFY).then().statusCode(200)
                .body("autorisaties.heeftAlleAutorisaties", equalTo(false))
                .body("autorisaties.grants.size()", equalTo(0));
    }

    @Test
    void aRequestWithoutTokenIsInvalid() {
        assertValidatieFout(as("test-reader").body(Map.of()).post(VERIFY).then(), "token", "required");
        assertValidatieFout(as("test-reader").body(Map.of("token", " ")).post(VERIFY).then(), "token", "required");
    }

    @Test
    void callerNeedsAutorisatiesLezen() {
        assertFout(as("test-nobody").body(Map.of("token", clientToken("test-reader"))).post(VERIFY).then(),
                403, "permission_denied");
    }

    /** A token of a client that has a credential: the setup file's reader, or a new one made here. */
    private String clientToken(String clientId) {
        if (SECRETS.containsKey(clientId)) {
            return ZgwTokenSigner.sign(clientId, SECRETS.get(clientId), "medewerker-1", "Medewerker");
        }
        String secret = SECRET_CACHE.computeIfAbsent(clientId, id -> asAdmin().body(Map.of("clientId", id))
                .post("/autorisaties/beheer/v1/credentials").then().statusCode(201).extract().path("secret"));
        return ZgwTokenSigner.sign(clientId, secret, "medewerker-1", "Medewerker");
    }

    private static final Map<String, String> SECRET_CACHE = new java.util.concurrent.ConcurrentHashMap<>();
}
