package nl.zgw.autorisaties.credential;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.autorisaties.AutorisatiesTest;
import nl.zgw.shared.auth.ZgwTokenSigner;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** Credentials: created and rotated at run time, encrypted at rest, the secret shown once. */
@QuarkusTest
class CredentialBeheerTest extends AutorisatiesTest {

    private static final String CREDENTIALS = "/autorisaties/beheer/v1/credentials";

    @Inject
    DataSource dataSource;

    @Test
    void generatedSecretIsShownOnceAndWorksAtOnce() {
        String clientId = uniqueClientId();
        String secret = asAdmin().body(Map.of("clientId", clientId)).post(CREDENTIALS).then().statusCode(201)
                .body("secret", notNullValue()).extract().path("secret");
        asAdmin().body(applicatie().clientIds(clientId).with("heeftAlleAutorisaties", true)
                .with("autorisaties", java.util.List.of())).post(API + "/applicaties").then().statusCode(201);
        given().auth().oauth2(ZgwTokenSigner.sign(clientId, secret, "", "")).get(API + "/applicaties")
                .then().statusCode(200);
        asAdmin().get(CREDENTIALS).then().statusCode(200)
                .body("clientId", hasItem(clientId))
                .body("", everyItem(not(hasKey("secret"))));
    }

    @Test
    void secretsAreNotInTheDatabaseInPlainText() throws Exception {
        String clientId = uniqueClientId();
        String secret = "plain-text-must-not-appear-" + clientId;
        asAdmin().body(Map.of("clientId", clientId, "secret", secret)).post(CREDENTIALS).then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM autorisaties.credential WHERE client_id = '" + clientId + "'")) {
            assertThat(rs.next()).isTrue();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                byte[] value = rs.getBytes(i);
                String text = value == null ? "" : new String(value, StandardCharsets.ISO_8859_1);
                assertThat(text).doesNotContain(secret).doesNotContain("must-not-appear");
            }
        }
    }

    @Test
    void rotationRefusesTheOldSecretFromTheNextRequestOn() {
        String clientId = uniqueClientId();
        String old = asAdmin().body(Map.of("clientId", clientId)).post(CREDENTIALS).then().extract().path("secret");
        asAdmin().body(applicatie().clientIds(clientId).with("heeftAlleAutorisaties", true)
                .with("autorisaties", java.util.List.of())).post(API + "/applicaties").then().statusCode(201);
        String oldToken = ZgwTokenSigner.sign(clientId, old, "", "");
        given().auth().oauth2(oldToken).get(API + "/applicaties").then().statusCode(200);

        String fresh = asAdmin().body(Map.of()).post(CREDENTIALS + "/" + clientId + "/rotate").then().statusCode(200)
                .extract().path("secret");
        assertThat(fresh).isNotEqualTo(old);
        assertFout(given().auth().oauth2(oldToken).get(API + "/applicaties").then(), 401, "not_authenticated");
        given().auth().oauth2(ZgwTokenSigner.sign(clientId, fresh, "", "")).get(API + "/applicaties")
                .then().statusCode(200);
    }

    @Test
    void deletedCredentialNoLongerAuthenticates() {
        String clientId = uniqueClientId();
        String secret = asAdmin().body(Map.of("clientId", clientId)).post(CREDENTIALS).then().extract().path("secret");
        asAdmin().delete(CREDENTIALS + "/" + clientId).then().statusCode(204);
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign(clientId, secret, "", "")).get(API + "/applicaties")
                .then(), 401, "not_authenticated");
        asAdmin().get(CREDENTIALS).then().statusCode(200).body("clientId", not(hasItem(clientId)));
        assertFout(asAdmin().body(Map.of()).post(CREDENTIALS + "/" + clientId + "/rotate").then(), 404, "not_found");
    }

    @Test
    void deletingAnUnknownClientIs404() {
        assertFout(asAdmin().delete(CREDENTIALS + "/nobody-here").then(), 404, "not_found");
    }

    @Test
    void rotatingToAShortSecretIsRefusedAndKeepsTheOldOne() {
        String clientId = uniqueClientId();
        String old = asAdmin().body(Map.of("clientId", clientId)).post(CREDENTIALS).then().statusCode(201)
                .extract().path("secret");
        asAdmin().body(applicatie().clientIds(clientId).with("heeftAlleAutorisaties", true)
                .with("autorisaties", java.util.List.of())).post(API + "/applicaties").then().statusCode(201);
        assertValidatieFout(asAdmin().body(Map.of("secret", "short")).post(CREDENTIALS + "/" + clientId + "/rotate")
                .then(), "secret", "min_length");
        given().auth().oauth2(ZgwTokenSigner.sign(clientId, old, "", "")).get(API + "/applicaties")
                .then().statusCode(200);
    }

    @Test
    void secondCredentialForOneClientIsAConflict() {
        String clientId = uniqueClientId();
        asAdmin().body(Map.of("clientId", clientId)).post(CREDENTIALS).then().statusCode(201);
        assertFout(asAdmin().body(Map.of("clientId", clientId)).post(CREDENTIALS).then(), 409, "credential-exists");
    }

    @Test
    void shortSecretIsRefused() {
        assertValidatieFout(asAdmin().body(Map.of("clientId", uniqueClientId(), "secret", "short")).post(CREDENTIALS)
                .then(), "secret", "min_length");
    }

    @Test
    void missingClientIdIsRefused() {
        assertValidatieFout(asAdmin().body(Map.of()).post(CREDENTIALS).then(), "clientId", "required");
    }

    @Test
    void onlyOperatorsManageCredentials() {
        String clientId = uniqueClientId();
        asAdmin().body(Map.of("clientId", clientId)).post(CREDENTIALS).then().statusCode(201);
        for (String client : java.util.List.of("test-reader", "test-editor")) {
            assertFout(as(client).get(CREDENTIALS).then(), 403, "permission_denied");
            assertFout(as(client).body(Map.of("clientId", uniqueClientId())).post(CREDENTIALS).then(),
                    403, "permission_denied");
            assertFout(as(client).body(Map.of()).post(CREDENTIALS + "/" + clientId + "/rotate").then(),
                    403, "permission_denied");
            assertFout(as(client).delete(CREDENTIALS + "/" + clientId).then(), 403, "permission_denied");
        }
        assertFout(given().get(CREDENTIALS).then(), 401, "not_authenticated");
        asAdmin().get(CREDENTIALS).then().statusCode(200).body("clientId", hasItem(clientId));
    }

    @Test
    void answersWithASecretAreNotCached() {
        asAdmin().body(Map.of("clientId", uniqueClientId())).post(CREDENTIALS).then().statusCode(201)
                .header("Cache-Control", "no-store");
    }

    @Test
    void blankSecretIsRefused() {
        assertValidatieFout(asAdmin().body(Map.of("clientId", uniqueClientId(), "secret", " ".repeat(20)))
                .post(CREDENTIALS).then(), "secret", "min_length");
    }

    @Test
    void rotatingAnUnknownClientIs404() {
        assertFout(asAdmin().body(Map.of()).post(CREDENTIALS + "/nobody-here/rotate").then(), 404, "not_found");
    }

    @Test
    void credentialsAreNotPartOfTheApiDocument() {
        given().get(API + "/schema/openapi.yaml").then().statusCode(200)
                .body(not(org.hamcrest.Matchers.containsString("credentials")))
                .body(not(org.hamcrest.Matchers.containsString("verify")));
    }
}
