package nl.zgw.shared.auth;

import io.quarkus.test.junit.QuarkusTest;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.hamcrest.Matchers.equalTo;

/** ZGW JWT verification over HTTP: only HS256 with the client's own secret and a fresh iat passes. */
@QuarkusTest
class JwtAuthenticationTest {

    private static final String SECURE = "/probe/api/v1/probes/secure";

    @Test
    void validTokenIdentifiesTheClient() {
        given().auth().oauth2(ZgwTokenSigner.sign("probe-client", "probe-secret", "u1", "Gebruiker"))
                .get(SECURE).then().statusCode(200).body("clientId", equalTo("probe-client"));
    }

    @Test
    void tokenWithExpiryStillValidIsAccepted() {
        JwtClaims claims = claims("other-client");
        claims.setExpirationTimeMinutesInTheFuture(5);
        given().auth().oauth2(hs256(claims, "other-secret-that-is-longer-than-32-bytes"))
                .get(SECURE).then().statusCode(200).body("clientId", equalTo("other-client"));
    }

    @Test
    void noTokenIs401() {
        assertFout(given().get(SECURE).then(), 401, "not_authenticated").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void wrongSecretIs401() {
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign("probe-client", "wrong", "", "")).get(SECURE).then(),
                401, "not_authenticated");
    }

    @Test
    void secretOfAnotherClientIs401() {
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign("probe-client",
                "other-secret-that-is-longer-than-32-bytes", "", "")).get(SECURE).then(), 401, "not_authenticated");
    }

    @Test
    void unknownClientIs401() {
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign("stranger", "probe-secret", "", "")).get(SECURE).then(),
                401, "not_authenticated");
    }

    @Test
    void missingClientIdIs401() {
        JwtClaims claims = claims("probe-client");
        claims.unsetClaim(ZgwClaims.CLIENT_ID);
        assertFout(given().auth().oauth2(hs256(claims, "probe-secret")).get(SECURE).then(), 401, "not_authenticated");
    }

    @Test
    void missingIatIs401() {
        JwtClaims claims = claims("probe-client");
        claims.unsetClaim("iat");
        assertFout(given().auth().oauth2(hs256(claims, "probe-secret")).get(SECURE).then(), 401, "not_authenticated");
    }

    @Test
    void staleIatIs401() {
        JwtClaims claims = claims("probe-client");
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 11 * 60));
        assertFout(given().auth().oauth2(hs256(claims, "probe-secret")).get(SECURE).then(), 401, "not_authenticated");
    }

    @Test
    void iatWithinMaxAgeIsAccepted() {
        JwtClaims claims = claims("probe-client");
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 9 * 60));
        given().auth().oauth2(hs256(claims, "probe-secret")).get(SECURE).then().statusCode(200);
    }

    @Test
    void iatInTheFutureBeyondLeewayIs401() {
        JwtClaims claims = claims("probe-client");
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() + 120));
        assertFout(given().auth().oauth2(hs256(claims, "probe-secret")).get(SECURE).then(), 401, "not_authenticated");
    }

    @Test
    void expiredTokenIs401() {
        JwtClaims claims = claims("probe-client");
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 60));
        assertFout(given().auth().oauth2(hs256(claims, "probe-secret")).get(SECURE).then(), 401, "not_authenticated");
    }

    @Test
    void algNoneIs401() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = b64(claims("probe-client").toJson());
        assertFout(given().auth().oauth2(header + "." + payload + ".").get(SECURE).then(), 401, "not_authenticated");
    }

    @Test
    void rs256Is401() throws Exception {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims("probe-client").toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key.getPrivateKey());
        assertFout(given().auth().oauth2(jws.getCompactSerialization()).get(SECURE).then(), 401, "not_authenticated");
    }

    @Test
    void garbageTokenIs401() {
        assertFout(given().auth().oauth2("not.a.jwt").get(SECURE).then(), 401, "not_authenticated");
    }

    @Test
    void authenticatedClientWithoutTheRightIs403() {
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign("probe-client", "probe-secret", "", ""))
                .get("/probe/api/v1/probes/forbidden").then(), 403, "permission_denied");
    }

    @Test
    void rolesClaimedInTheTokenGrantNothing() {
        JwtClaims claims = claims("probe-client");
        claims.setStringListClaim("groups", "nobody-has-this");
        assertFout(given().auth().oauth2(hs256(claims, "probe-secret"))
                .get("/probe/api/v1/probes/forbidden").then(), 403, "permission_denied");
    }

    @Test
    void scopeOnTheComponentLetsTheClientIn() {
        given().auth().oauth2(ZgwTokenSigner.sign("probe-client", "probe-secret", "", ""))
                .get("/probe/api/v1/probes/scoped?vertrouwelijkheidaanduiding=intern").then().statusCode(200);
    }

    @Test
    void objectAboveTheMaximumVertrouwelijkheidIs403() {
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign("probe-client", "probe-secret", "", ""))
                .get("/probe/api/v1/probes/scoped?vertrouwelijkheidaanduiding=geheim").then(), 403, "permission_denied");
    }

    @Test
    void clientWithoutTheScopeIs403() {
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign("other-client", "other-secret-that-is-longer-than-32-bytes", "", ""))
                .get("/probe/api/v1/probes/scoped").then(), 403, "permission_denied");
    }

    @Test
    void scopedEndpointWithoutTokenIs401() {
        assertFout(given().get("/probe/api/v1/probes/scoped").then(), 401, "not_authenticated");
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign("probe-client", "wrong", "", ""))
                .get("/probe/api/v1/probes/scoped").then(), 401, "not_authenticated");
    }

    @Test
    void anonymousOnAProtectedEndpointIs401NotA403() {
        assertFout(given().get("/probe/api/v1/probes/forbidden").then(), 401, "not_authenticated");
    }

    private static JwtClaims claims(String clientId) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(clientId);
        claims.setIssuedAtToNow();
        claims.setClaim(ZgwClaims.CLIENT_ID, clientId);
        claims.setClaim(ZgwClaims.USER_ID, "");
        claims.setClaim(ZgwClaims.USER_REPRESENTATION, "");
        return claims;
    }

    private static String hs256(JwtClaims claims, String secret) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
            jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
            jws.setDoKeyValidation(false);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
