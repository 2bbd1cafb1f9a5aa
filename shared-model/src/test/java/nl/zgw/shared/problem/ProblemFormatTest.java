package nl.zgw.shared.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Pins the error format: every way a request can go wrong answers a ZGW problem, never HTML or a bare status. */
@QuarkusTest
class ProblemFormatTest {

    private static final String BASE = "/probe/api/v1/probes";

    @Test
    void malformedJsonIsAParseError() {
        assertFout(given().contentType(ContentType.JSON).body("{\"naam\": ").post(BASE).then(), 400, "parse_error");
    }

    @Test
    void trailingGarbageIsAParseError() {
        assertFout(given().contentType(ContentType.JSON).body("{\"naam\": \"a\"} x").post(BASE).then(),
                400, "parse_error");
    }

    @Test
    void aDateTimeWithoutOffsetIsReadInTheConfiguredTimeZone() {
        given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"tijdstip\": \"2018-04-21T13:37:00\"}")
                .post(BASE).then().statusCode(201).body("tijdstip", equalTo("2018-04-21T13:37:00+02:00"));
        given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"tijdstip\": \"2018-01-21T13:37:00.5\"}")
                .post(BASE).then().statusCode(201).body("tijdstip", equalTo("2018-01-21T13:37:00.5+01:00"));
        given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"tijdstip\": \"2018-01-21T13:37:00Z\"}")
                .post(BASE).then().statusCode(201).body("tijdstip", equalTo("2018-01-21T13:37:00Z"));
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"tijdstip\": \"21-04-2018\"}")
                .post(BASE).then(), "tijdstip", "invalid");
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"tijdstip\": 12}")
                .post(BASE).then(), "tijdstip", "invalid");
    }

    @Test
    void aNulCharacterIsRefusedOnItsFieldOrParameter() {
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"naam\": \"a\\u0000b\"}")
                .post(BASE).then(), "naam", "invalid")
                .body("invalidParams[0].reason", containsString("NUL"));
        assertValidatieFout(given().contentType(ContentType.JSON)
                .body("{\"naam\": \"a\", \"relevanteAndereZaken\": [{\"url\": \"x\\u0000\"}]}")
                .post(BASE).then(), "relevanteAndereZaken.0.url", "invalid");
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"a\": {\"b\": [\"ok\", \"x\\u0000\"]}}")
                .post(BASE + "/boom").then(), "a.b.1", "invalid");
        given().contentType(ContentType.JSON).body("{\"a\": {\"b\": [\"ok\", null]}}").post(BASE + "/boom")
                .then().statusCode(200).body("a.b[0]", equalTo("ok"));
        assertValidatieFout(given().urlEncodingEnabled(false).get(BASE + "?naam=%00").then(), "naam", "invalid");
        assertValidatieFout(given().urlEncodingEnabled(false).get(BASE + "/11111111-2222-3333-4444-555555555555?naam=a%00")
                .then(), "naam", "invalid");
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemThatAClientSendingItAllStillReads() {
        byte[] groot = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(groot, (byte) ' ');
        groot[0] = '{';
        groot[groot.length - 1] = '}';
        assertFout(given().contentType(ContentType.JSON).body(groot).post(BASE).then(), 413, "request_entity_too_large");
        // the service still answers after it
        given().get(BASE).then().statusCode(200);
    }

    @Test
    void wrongTypeNamesTheField() {
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"aantal\": \"veel\"}")
                .post(BASE).then(), "aantal", "invalid");
    }

    @Test
    void floatForAnIntegerIsInvalid() {
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"aantal\": 1.5}")
                .post(BASE).then(), "aantal", "invalid");
    }

    @Test
    void wrongTypeInsideAListCarriesTheIndex() {
        assertValidatieFout(given().contentType(ContentType.JSON)
                .body("{\"naam\": \"a\", \"relevanteAndereZaken\": [{\"url\": \"x\"}, \"not-an-object\"]}")
                .post(BASE).then(), "relevanteAndereZaken.1", "invalid");
    }

    @Test
    void unknownEnumValueIsAnInvalidChoiceListingWireValues() {
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"status\": \"geheimpje\"}")
                .post(BASE).then(), "status", "invalid_choice")
                .body("invalidParams[0].reason", allOf(containsString("zeer_geheim"), not(containsString("ZEER_GEHEIM"))));
    }

    @Test
    void enumAsNumberIsRejected() {
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"status\": 1}")
                .post(BASE).then(), "status", "invalid_choice");
    }

    @Test
    void missingRequiredFieldIsRequired() {
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"aantal\": 1}").post(BASE).then(),
                "naam", "required");
    }

    @Test
    void tooLongFieldIsMaxLength() {
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"naam\": \"abcdefgh\"}").post(BASE).then(),
                "naam", "max_length")
                .body("invalidParams[0].reason", allOf(containsString("5"), not(containsString("must"))));
    }

    @Test
    void nestedViolationUsesDottedPathWithIndex() {
        assertValidatieFout(given().contentType(ContentType.JSON)
                .body("{\"naam\": \"a\", \"relevanteAndereZaken\": [{\"url\": \"http://x\"}, {\"url\": \"\"}]}")
                .post(BASE).then(), "relevanteAndereZaken.1.url", "blank");
    }

    @Test
    void severalViolationsAreAllListed() {
        assertFout(given().contentType(ContentType.JSON)
                .body("{\"naam\": \"abcdefgh\", \"relevanteAndereZaken\": [{\"url\": null}]}")
                .post(BASE).then(), 400, "invalid")
                .body("invalidParams", hasSize(2))
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("naam", "relevanteAndereZaken.0.url"));
    }

    @Test
    void parseErrorsStillCarryInvalidParams() {
        assertFout(given().contentType(ContentType.JSON).body("{").post(BASE).then(), 400, "parse_error")
                .body("invalidParams", hasSize(0));
    }

    @Test
    void aListWhereAnObjectBelongsIsAnObjectLevelErrorWithoutJavaNames() {
        assertValidatieFout(given().contentType(ContentType.JSON).body("[]").post(BASE).then(),
                "nonFieldErrors", "invalid")
                .body(not(containsString("nl.zgw")))
                .body(not(containsString("Dto")));
    }

    @Test
    void urlFieldThatIsNoUrlIsInvalid() {
        assertValidatieFout(given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"zaak\": \"geen url\"}")
                .post(BASE).then(), "zaak", "invalid");
    }

    @Test
    void urlFieldRoundTripsAsAString() {
        given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"zaak\": \"https://h/zaken/api/v1/zaken/1\"}")
                .post(BASE).then().statusCode(201).body("zaak", equalTo("https://h/zaken/api/v1/zaken/1"));
    }

    @Test
    void constrainedQueryParameterIsNamedAsTheClientSentIt() {
        assertValidatieFout(given().get(BASE + "/limited?maxResults=20").then(), "maxResults", "max_value");
        given().get(BASE + "/limited?maxResults=5").then().statusCode(200);
    }

    @Test
    void unknownQueryParameterIsRejected() {
        assertValidatieFout(given().get(BASE + "?pagina=2").then(), "nonFieldErrors", "unknown-parameters")
                .body("invalidParams[0].reason", containsString("pagina"));
        given().get(BASE + "?page=1&naam=x").then().statusCode(200);
    }

    @Test
    void emptyBodyIsAnObjectLevelError() {
        assertFout(given().contentType(ContentType.JSON).post(BASE).then(), 400, "invalid")
                .body("invalidParams[0].name", equalTo("nonFieldErrors"));
    }

    @Test
    void validBodyPasses() {
        given().contentType(ContentType.JSON).body("{\"naam\": \"a\", \"status\": \"zeer_geheim\", \"extra\": 1}")
                .post(BASE).then().statusCode(201).body("status", equalTo("zeer_geheim"));
    }

    @Test
    void unknownRouteUnderTheBasePathIs404() {
        assertFout(given().get("/probe/api/v1/nothing-here").then(), 404, "not_found");
    }

    @Test
    void unknownRouteOutsideTheBasePathIs404() {
        assertFout(given().get("/somewhere/else").then(), 404, "not_found");
    }

    @Test
    void unknownResourceIs404() {
        assertFout(given().get(BASE + "/00000000-0000-0000-0000-000000000000").then(), 404, "not_found");
    }

    @Test
    void malformedUuidInPathIs404() {
        assertFout(given().get(BASE + "/not-a-uuid").then(), 404, "not_found");
    }

    @Test
    void wrongMethodIs405() {
        assertFout(given().delete(BASE).then(), 405, "method_not_allowed");
    }

    @Test
    void unacceptableMediaTypeIs406() {
        assertFout(given().accept("text/html").get(BASE + "/" + "11111111-2222-3333-4444-555555555555").then(),
                406, "not_acceptable");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        assertFout(given().contentType("text/plain").body("naam=a").post(BASE).then(), 415, "unsupported_media_type");
    }

    @Test
    void businessConflictKeepsItsCode() {
        assertFout(given().get(BASE + "/conflict").then(), 409, "zaak-afgesloten");
    }

    @Test
    void unexpectedErrorIs500WithoutInternals() {
        assertFout(given().get(BASE + "/boom").then(), 500, "error")
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }
}
