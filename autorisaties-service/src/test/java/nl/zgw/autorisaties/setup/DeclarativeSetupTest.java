package nl.zgw.autorisaties.setup;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.autorisaties.AutorisatiesTest;
import nl.zgw.autorisaties.applicatie.Applicatie;
import nl.zgw.shared.auth.ZgwTokenSigner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.hamcrest.Matchers.equalTo;

/** The setup file is applied at start (the tests' own clients come from it) and again without effect. */
@QuarkusTest
class DeclarativeSetupTest extends AutorisatiesTest {

    @Inject
    DeclarativeSetup setup;

    @Test
    void applyingTwiceChangesNothing() {
        String clientId = uniqueClientId();
        DeclarativeSetup.SetupFile file = new DeclarativeSetup.SetupFile(
                List.of(new DeclarativeSetup.DeclaredCredential(clientId, "declared-secret-0123456789")),
                List.of(new Applicatie(null, List.of(clientId), "Gedeclareerd", true, false, List.of())));
        setup.apply(file);
        int count = asAdmin().get(API + "/applicaties").then().extract().path("count");
        setup.apply(file);
        asAdmin().get(API + "/applicaties").then().body("count", equalTo(count));
        as("test-reader").get(API + "/applicaties?clientIds=" + clientId).then().body("count", equalTo(1))
                .body("results[0].label", equalTo("Gedeclareerd"));
        given().auth().oauth2(ZgwTokenSigner.sign(clientId, "declared-secret-0123456789", "", ""))
                .get(API + "/applicaties").then().statusCode(200);
    }

    @Test
    void anUnchangedSecretIsNotReEncrypted() throws Exception {
        String clientId = uniqueClientId();
        DeclarativeSetup.SetupFile file = new DeclarativeSetup.SetupFile(
                List.of(new DeclarativeSetup.DeclaredCredential(clientId, "stable-secret-0123456789")), List.of());
        setup.apply(file);
        Object before = rotatedAt(clientId);
        setup.apply(file);
        org.assertj.core.api.Assertions.assertThat(rotatedAt(clientId)).isEqualTo(before);
    }

    @Test
    void aCredentialWithoutSecretIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> setup.apply(new DeclarativeSetup.SetupFile(
                        List.of(new DeclarativeSetup.DeclaredCredential(uniqueClientId(), null)), List.of())))
                .isInstanceOf(nl.zgw.shared.problem.ValidationException.class);
    }

    @Test
    void anApplicatieWithoutClientIdIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> setup.apply(new DeclarativeSetup.SetupFile(List.of(),
                        List.of(new Applicatie(null, List.of(), "Zonder client", true, false, List.of())))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("client id");
    }

    @Test
    void anInvalidApplicatieIsRefusedWithAClearMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> setup.apply(new DeclarativeSetup.SetupFile(List.of(),
                        List.of(new Applicatie(null, List.of(uniqueClientId()), null, true, false, List.of())))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("label");
    }

    @Inject
    javax.sql.DataSource dataSource;

    private Object rotatedAt(String clientId) throws Exception {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(
                "SELECT rotated_at, version FROM credential WHERE client_id = ?")) {
            q.setString(1, clientId);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1) + "/" + rs.getLong(2);
            }
        }
    }

    @Test
    void aChangedDeclarationUpdatesSecretAndApplicatie() {
        String clientId = uniqueClientId();
        setup.apply(new DeclarativeSetup.SetupFile(
                List.of(new DeclarativeSetup.DeclaredCredential(clientId, "first-secret-0123456789")),
                List.of(new Applicatie(null, List.of(clientId), "Eerst", true, false, List.of()))));
        setup.apply(new DeclarativeSetup.SetupFile(
                List.of(new DeclarativeSetup.DeclaredCredential(clientId, "second-secret-0123456789")),
                List.of(new Applicatie(null, List.of(clientId), "Daarna", true, false, List.of()))));
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign(clientId, "first-secret-0123456789", "", ""))
                .get(API + "/applicaties").then(), 401, "not_authenticated");
        given().auth().oauth2(ZgwTokenSigner.sign(clientId, "second-secret-0123456789", "", ""))
                .get(API + "/applicaties?clientIds=" + clientId).then().statusCode(200)
                .body("results[0].label", equalTo("Daarna"));
    }
}
