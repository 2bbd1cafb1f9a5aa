package nl.zgw.autorisaties;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.testsupport.postgres.PostgresTestResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Shared by the tests of this service: the clients the setup file declares, and a builder of
 * applicatie bodies. The auth context a test runs under is named in each request.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "autorisaties"))
public abstract class AutorisatiesTest {

    public static final String API = "/autorisaties/api/v1";
    public static final String ZAAKTYPE = "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/" + UUID.randomUUID();

    protected static final Map<String, String> SECRETS = Map.of(
            "test-admin", "test-admin-secret-0123456789",
            "test-reader", "test-reader-secret-0123456789",
            "test-nobody", "test-nobody-secret-0123456789",
            "test-editor", "test-editor-secret-0123456789");

    protected static RequestSpecification as(String clientId) {
        return given().auth().oauth2(ZgwTokenSigner.sign(clientId, SECRETS.get(clientId), "u", "Test"))
                .contentType("application/json");
    }

    protected static RequestSpecification asAdmin() {
        return as("test-admin");
    }

    protected static String uniqueClientId() {
        return "c-" + UUID.randomUUID().toString().substring(0, 18);
    }

    /** A valid applicatie with one zrc autorisatie; adjust with the methods below. */
    protected static ApplicatieBody applicatie() {
        return new ApplicatieBody();
    }

    protected static final class ApplicatieBody extends HashMap<String, Object> {
        ApplicatieBody() {
            put("clientIds", new ArrayList<>(List.of(uniqueClientId())));
            put("label", "Zaaksysteem");
            put("heeftAlleAutorisaties", false);
            put("autorisaties", new ArrayList<>(List.of(zrc("zaken.lezen", "zaken.aanmaken"))));
        }

        public ApplicatieBody with(String field, Object value) {
            put(field, value);
            return this;
        }

        public ApplicatieBody clientIds(String... ids) {
            return with("clientIds", List.of(ids));
        }

        public ApplicatieBody autorisaties(Map<?, ?>... autorisaties) {
            return with("autorisaties", List.of(autorisaties));
        }

        @SuppressWarnings("unchecked")
        public List<String> clientIds() {
            return (List<String>) get("clientIds");
        }
    }

    protected static Map<String, Object> zrc(String... scopes) {
        Map<String, Object> a = new HashMap<>();
        a.put("component", "zrc");
        a.put("scopes", List.of(scopes));
        a.put("zaaktype", ZAAKTYPE);
        a.put("maxVertrouwelijkheidaanduiding", "zaakvertrouwelijk");
        return a;
    }

    protected static Map<String, Object> autorisatie(String component, String... scopes) {
        Map<String, Object> a = new HashMap<>();
        a.put("component", component);
        a.put("scopes", List.of(scopes));
        return a;
    }

    /** Creates an applicatie as the admin and returns its URL. */
    protected static String create(ApplicatieBody body) {
        return asAdmin().body(body).post(API + "/applicaties").then().statusCode(201).extract().path("url");
    }

    protected static String path(String url) {
        return url.substring(url.indexOf(API));
    }
}
