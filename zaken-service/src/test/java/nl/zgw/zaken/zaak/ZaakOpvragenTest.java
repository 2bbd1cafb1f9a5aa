package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.equalTo;

/** Een zaak opvragen (GET and HEAD of one zaak): only what the client may read, in WGS84 only. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakOpvragenTest {

    @Test
    void aClientReadsOnlyTheZakenItMay() {
        String bron = rsin();
        String openbaar = create("alles", zaak("a", bron));
        String geheimUrl = create("alles", zaak("a", bron, "geheim"));
        String anderType = create("alles", zaak("b", bron));
        as("beperkt").get(path(openbaar)).then().statusCode(200);
        assertFout(as("beperkt").get(path(geheimUrl)).then(), 403, "permission_denied");
        assertFout(as("beperkt").get(path(anderType)).then(), 403, "permission_denied");
    }

    @Test
    void zaakgeometrieIsWgs84() {
        Map<String, Object> body = zaak("a", rsin());
        body.put("zaakgeometrie", Map.of("type", "Point", "coordinates", List.of(5.1, 52.1)));
        String url = as("alles").body(body).post(ZAKEN).then().statusCode(201).header("Content-Crs", "EPSG:4326")
                .body("zaakgeometrie.type", equalTo("Point")).extract().path("url");
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign("alles", "alles-secret-0123456789", "", ""))
                .get(path(url)).then(), 412, "precondition_failed");
        assertFout(as("alles").header("Accept-Crs", "EPSG:28992").get(path(url)).then(), 406, "not_acceptable");
        // a DELETE answers no geometry: no CRS headers needed, but one that is sent names WGS84
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign("alles", "alles-secret-0123456789", "", ""))
                .header("Accept-Crs", "EPSG:28992").delete(path(url)).then(), 406, "not_acceptable");
        given().auth().oauth2(ZgwTokenSigner.sign("alles", "alles-secret-0123456789", "", ""))
                .delete(path(url)).then().statusCode(204);
    }

    @Test
    void aZaakThatDoesNotExistIsNotFound() {
        assertFout(as("alles").get(onbekend(ZAKEN)).then(), 404, "not_found");
        // HEAD: the status only, a HEAD answer has no body
        as("alles").head(onbekend(ZAKEN)).then().statusCode(404);
    }

    @Test
    void theHeadersOfAZaakAreForTheClientsThatMayReadIt() {
        String geheim = create("alles", zaak("a", rsin(), "geheim"));
        as("alles").head(path(geheim)).then().statusCode(200);
        // HEAD: the status only, a HEAD answer has no body
        as("beperkt").head(path(geheim)).then().statusCode(403);
    }
}
