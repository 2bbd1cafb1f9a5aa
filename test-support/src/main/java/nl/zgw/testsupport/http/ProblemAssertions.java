package nl.zgw.testsupport.http;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The one place tests pin the ZGW error format (Fout / ValidatieFout as application/problem+json). */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** A Fout with {@code status} and {@code code}, and every required property filled. */
    public static ValidatableResponse assertFout(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("API-version", notNullValue())
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("type", equalTo("urn:zgw:fout:" + code))
                .body("instance", startsWith("urn:uuid:"));
    }

    /** A ValidatieFout with exactly one invalid param {@code name} / {@code code}. */
    public static ValidatableResponse assertValidatieFout(ValidatableResponse response, String name, String code) {
        return assertFout(response, 400, "invalid")
                .body("invalidParams", hasSize(1))
                .body("invalidParams[0].name", equalTo(name))
                .body("invalidParams[0].code", equalTo(code))
                .body("invalidParams[0].reason", notNullValue());
    }
}
