package nl.zgw.documenten.informatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.zgw.documenten.DocumentenApi.DOCUMENTEN;
import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Large files in bestandsdelen (parts of 100 bytes in these tests). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class BestandsdelenTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }

    private static io.restassured.response.ValidatableResponse upload(String deelUrl, byte[] inhoud, String lock) {
        var request = given().auth().oauth2(nl.zgw.shared.auth.ZgwTokenSigner.sign("behandelaar",
                "behandelaar-secret-0123456789", "", "")).multiPart("inhoud", "deel.bin", inhoud);
        if (lock != null) {
            request.multiPart("lock", lock);
        }
        return request.put(path(deelUrl)).then();
    }

    /** A document of {@code size} bytes announced without content: the parts and the lock it answers. */
    private static io.restassured.path.json.JsonPath aangekondigd(int size, Map<String, Object> extra) {
        Map<String, Object> body = document("a");
        body.put("bestandsomvang", size);
        body.put("inhoud", null);
        body.putAll(extra);
        return as("behandelaar").body(body).post(DOCUMENTEN).then().statusCode(201)
                .body("locked", equalTo(true)).body("inhoud", nullValue())
                .extract().jsonPath();
    }

    @Test
    void aLargeFileIsUploadedInPartsAndAssembledOnUnlock() {
        byte[] inhoud = bytes(250);
        var created = aangekondigd(inhoud.length, Map.of());
        String url = created.getString("url");
        String lock = created.getString("lock");
        List<Integer> omvang = created.getList("bestandsdelen.omvang");
        assertThat(omvang).containsExactly(100, 100, 50);
        List<String> delen = created.getList("bestandsdelen.url");
        upload(delen.get(0), java.util.Arrays.copyOfRange(inhoud, 0, 100), lock).statusCode(200)
                .body("voltooid", equalTo(true)).body("volgnummer", equalTo(1));
        upload(delen.get(2), java.util.Arrays.copyOfRange(inhoud, 200, 250), lock).statusCode(200);
        assertValidatieFout(as("behandelaar").body(Map.of("lock", lock)).post(path(url) + "/unlock").then(),
                "nonFieldErrors", "incomplete-upload");
        as("behandelaar").get(path(url)).then().body("bestandsdelen.voltooid", equalTo(List.of(true, false, true)))
                .body("locked", equalTo(true));
        upload(delen.get(1), java.util.Arrays.copyOfRange(inhoud, 100, 200), lock).statusCode(200);
        as("behandelaar").body(Map.of("lock", lock)).post(path(url) + "/unlock").then().statusCode(204);
        as("behandelaar").get(path(url)).then().statusCode(200).body("locked", equalTo(false))
                .body("bestandsdelen", hasSize(0)).body("bestandsomvang", equalTo(250))
                .body("inhoud", equalTo(url + "/download?versie=1"));
        assertThat(as("behandelaar").get(path(url) + "/download").then().statusCode(200).extract().asByteArray())
                .isEqualTo(inhoud);
    }

    @Test
    void aPartOfTheWrongSizeOrWithoutTheLockIsRefused() {
        var created = aangekondigd(150, Map.of());
        String lock = created.getString("lock");
        String deel = created.getString("bestandsdelen[0].url");
        assertValidatieFout(upload(deel, bytes(99), lock), "nonFieldErrors", "file-size");
        assertValidatieFout(upload(deel, bytes(100), "fout"), "nonFieldErrors", "incorrect-lock-id");
        assertValidatieFout(upload(deel, bytes(100), null), "lock", "required");
        assertValidatieFout(given().auth().oauth2(nl.zgw.shared.auth.ZgwTokenSigner.sign("behandelaar",
                "behandelaar-secret-0123456789", "", "")).multiPart("lock", lock).put(path(deel)).then(),
                "inhoud", "required");
        assertFout(upload(deel.replaceAll("[0-9a-f-]{36}$", java.util.UUID.randomUUID().toString()), bytes(100), lock),
                404, "not_found");
    }

    @Test
    void theAssembledFileIsCheckedAgainstItsSha256() throws Exception {
        byte[] inhoud = bytes(120);
        String verkeerd = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(121)));
        var created = aangekondigd(inhoud.length, Map.of("integriteit", Map.of("algoritme", "sha_256", "waarde", verkeerd,
                "datum", "2026-03-01")));
        String lock = created.getString("lock");
        List<String> delen = created.getList("bestandsdelen.url");
        upload(delen.get(0), java.util.Arrays.copyOfRange(inhoud, 0, 100), lock).statusCode(200);
        upload(delen.get(1), java.util.Arrays.copyOfRange(inhoud, 100, 120), lock).statusCode(200);
        assertValidatieFout(as("behandelaar").body(Map.of("lock", lock)).post(path(created.getString("url")) + "/unlock")
                .then(), "integriteit.waarde", "integriteit-mismatch");
        as("behandelaar").get(path(created.getString("url"))).then().body("locked", equalTo(true));
    }

    @Test
    void aForcedUnlockDiscardsAnIncompleteUpload() {
        var created = aangekondigd(150, Map.of());
        String url = created.getString("url");
        upload(created.getString("bestandsdelen[0].url"), bytes(100), created.getString("lock")).statusCode(200);
        as("beheerder").body(Map.of()).post(path(url) + "/unlock").then().statusCode(204);
        as("behandelaar").get(path(url)).then().body("locked", equalTo(false)).body("bestandsdelen", hasSize(0))
                .body("inhoud", nullValue());
    }
}
