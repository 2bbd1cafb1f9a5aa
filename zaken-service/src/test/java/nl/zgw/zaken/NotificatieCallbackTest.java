package nl.zgw.zaken;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;

/** The callback the Notificaties API delivers zaaktype changes to: only with the abonnement's secret. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class NotificatieCallbackTest {

    private static final String CALLBACK = "/zaken/api/v1/callbacks/notificaties";
    private static final Map<String, Object> NOTIFICATIE = Map.of("kanaal", "zaaktypen", "actie", "update",
            "resource", "zaaktype", "resourceUrl", "http://localhost:8002/catalogi/api/v1/zaaktypen/a",
            "hoofdObject", "http://localhost:8002/catalogi/api/v1/zaaktypen/a");

    @Test
    void acceptsTheAbonnementsSecretOnly() {
        given().contentType("application/json").header("Authorization", "Bearer callback-secret-0123456789")
                .body(NOTIFICATIE).post(CALLBACK).then().statusCode(204);
        assertFout(given().contentType("application/json").header("Authorization", "Bearer geraden")
                .body(NOTIFICATIE).post(CALLBACK).then(), 401, "not_authenticated");
        assertFout(given().contentType("application/json").body(NOTIFICATIE).post(CALLBACK).then(), 401,
                "not_authenticated");
        // the test notification the Notificaties API sends when the abonnement is saved
        given().contentType("application/json").header("Authorization", "Bearer callback-secret-0123456789")
                .body(Map.of("kanaal", "test")).post(CALLBACK).then().statusCode(204);
    }
}
