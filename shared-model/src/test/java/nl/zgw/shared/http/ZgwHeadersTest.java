package nl.zgw.shared.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** API-version, ETag/If-None-Match/HEAD and Accept-Crs/Content-Crs over HTTP. */
@QuarkusTest
class ZgwHeadersTest {

    private static final String DETAIL = "/probe/api/v1/probes/11111111-2222-3333-4444-555555555555";
    private static final String GEO = "/probe/api/v1/probes/geo";

    @Test
    void everyResponseCarriesTheApiVersion() {
        given().get(DETAIL).then().statusCode(200).header("API-version", "9.9.9");
        given().get("/probe/api/v1/probes").then().statusCode(200).header("API-version", "9.9.9");
    }

    @Test
    void detailCarriesAQuotedETag() {
        given().get(DETAIL).then().statusCode(200).header("ETag", matchesPattern("\"[0-9a-f]{32}\""));
    }

    @Test
    void etagChangesWithTheRepresentation() {
        String a = given().get(DETAIL + "?naam=a").then().extract().header("ETag");
        String b = given().get(DETAIL + "?naam=b").then().extract().header("ETag");
        String a2 = given().get(DETAIL + "?naam=a").then().extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(a).isNotEqualTo(b).isEqualTo(a2);
    }

    @Test
    void matchingIfNoneMatchIs304WithoutBody() {
        String etag = given().get(DETAIL).then().extract().header("ETag");
        given().header("If-None-Match", etag).get(DETAIL).then()
                .statusCode(304).header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"other\", W/" + etag).get(DETAIL).then().statusCode(304);
    }

    @Test
    void staleIfNoneMatchGivesTheFullBody() {
        given().header("If-None-Match", "\"0000\"").get(DETAIL).then().statusCode(200).body("naam", equalTo("a"));
    }

    @Test
    void headAnswersHeadersWithoutBody() {
        String etag = given().get(DETAIL).then().extract().header("ETag");
        given().head(DETAIL).then().statusCode(200).header("ETag", etag);
        given().header("If-None-Match", etag).head(DETAIL).then().statusCode(304);
    }

    @Test
    void headOnUnknownDetailIs404() {
        given().head("/probe/api/v1/probes/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void listsHaveNoETag() {
        given().get("/probe/api/v1/probes").then().statusCode(200).header("ETag", nullValue());
    }

    @Test
    void geoReadWithWgs84AnswersContentCrs() {
        given().header("Accept-Crs", "EPSG:4326").get(GEO).then().statusCode(200).header("Content-Crs", "EPSG:4326");
    }

    @Test
    void geoReadWithoutAcceptCrsIs412() {
        assertFout(given().get(GEO).then(), 412, "precondition_failed");
    }

    @Test
    void geoReadWithOtherCrsIs406() {
        assertFout(given().header("Accept-Crs", "EPSG:28992").get(GEO).then(), 406, "not_acceptable");
    }

    @Test
    void geoWriteWithoutContentCrsIs412() {
        assertFout(given().header("Accept-Crs", "EPSG:4326").contentType(ContentType.JSON).body("{}")
                .post(GEO).then(), 412, "precondition_failed");
    }

    @Test
    void geoWriteWithOtherContentCrsIs406() {
        assertFout(given().header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:28992")
                .contentType(ContentType.JSON).body("{}").post(GEO).then(), 406, "not_acceptable");
    }

    @Test
    void geoWriteWithBothHeadersPasses() {
        given().header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326")
                .contentType(ContentType.JSON).body("{\"a\":\"b\"}")
                .post(GEO).then().statusCode(200).header("Content-Crs", "EPSG:4326").body("a", equalTo("b"));
    }

    @Test
    void nonGeoEndpointsIgnoreCrs() {
        given().get(DETAIL).then().statusCode(200).header("Content-Crs", nullValue());
    }

    @Test
    void jsonWritesNullsAndIsoDates() {
        given().get(DETAIL).then().statusCode(200)
                .body("containsKey('toelichting')", equalTo(true))
                .body("toelichting", nullValue())
                .body("datum", equalTo("2026-11-24"))
                .body("tijdstip", equalTo("2026-11-24T10:15:00Z"))
                .body("status", equalTo("zeer_geheim"))
                .body("relevanteAndereZaken", not(nullValue()));
    }
}
