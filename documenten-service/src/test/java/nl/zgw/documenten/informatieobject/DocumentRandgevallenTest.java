package nl.zgw.documenten.informatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static nl.zgw.documenten.DocumentenApi.DOCUMENTEN;
import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.create;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.lock;
import static nl.zgw.documenten.DocumentenApi.opgeslagenBestanden;
import static nl.zgw.documenten.DocumentenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** What a hostile or careless client can send, and what a client may not see of older versions. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class DocumentRandgevallenTest {

    @Test
    void anOlderVersionIsReadWithTheRightsItHadThen() {
        Map<String, Object> body = document("a", "geheim".getBytes(StandardCharsets.UTF_8));
        body.put("vertrouwelijkheidaanduiding", "vertrouwelijk");
        String url = create("behandelaar", body);
        String lock = lock("behandelaar", url);
        as("behandelaar").body(Map.of("vertrouwelijkheidaanduiding", "openbaar", "lock", lock)).patch(path(url)).then()
                .statusCode(200);
        as("lezer").get(path(url)).then().statusCode(200).body("versie", equalTo(2));
        assertFout(as("lezer").queryParam("versie", 1).get(path(url)).then(), 403, "permission_denied");
        assertFout(as("lezer").queryParam("versie", 1).get(path(url) + "/download").then(), 403, "permission_denied");
    }

    @Test
    void aClientForPublicationOnlySeesDocumentsReadyForIt() {
        Map<String, Object> klaar = document("a");
        klaar.put("isGereedVoorPublicatie", true);
        String gereed = create("behandelaar", klaar);
        String bron = (String) klaar.get("bronorganisatie");
        Map<String, Object> concept = document("a");
        concept.put("bronorganisatie", bron);
        String nietGereed = create("behandelaar", concept);
        as("publicatie").get(path(gereed)).then().statusCode(200);
        assertFout(as("publicatie").get(path(nietGereed)).then(), 404, "not_found");
        as("publicatie").queryParam("bronorganisatie", bron).get(DOCUMENTEN).then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", hasItem(gereed))
                .body("results.url", not(hasItem(nietGereed)));
    }

    @Test
    void rangesThatMakeNoSenseAreIgnoredNotFailed() {
        String url = create("behandelaar", document("a", "0123456789".getBytes(StandardCharsets.UTF_8)));
        as("behandelaar").header("Range", "bytes=99999999999999999999-").get(path(url) + "/download").then().statusCode(200);
        as("behandelaar").header("Range", "bytes=5-2").get(path(url) + "/download").then().statusCode(200)
                .header("Content-Length", "10");
        as("behandelaar").header("Range", "bytes=0-0").get(path(url) + "/download").then().statusCode(206)
                .header("Content-Range", "bytes 0-0/10");
        assertValidatieFout(as("behandelaar").queryParam("registratieOp", "+999999999-12-31").get(path(url)).then(),
                "registratieOp", "invalid");
    }

    @Test
    void inhoudSentTwiceIsRefusedAndLeavesNothingBehind() throws Exception {
        long voor = opgeslagenBestanden();
        String body = "{\"bronorganisatie\":\"123456782\",\"creatiedatum\":\"2026-01-01\",\"titel\":\"t\",\"auteur\":\"a\","
                + "\"taal\":\"nld\",\"informatieobjecttype\":\"" + CatalogiStub.informatieobjecttype("a") + "\","
                + "\"inhoud\":\"YWJj\",\"inhoud\":null}";
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "inhoud", "invalid");
        assertThat(opgeslagenBestanden()).isEqualTo(voor);
    }

    @Test
    void anEmptyVertrouwelijkheidaanduidingIsTheTypes() {
        Map<String, Object> body = document("a");
        body.put("vertrouwelijkheidaanduiding", "");
        as("behandelaar").body(body).post(DOCUMENTEN).then().statusCode(201)
                .body("vertrouwelijkheidaanduiding", equalTo("openbaar"));
    }

    @Test
    void aFileOfTooManyPartsIsRefused() {
        Map<String, Object> body = document("a");
        body.put("bestandsomvang", 2_000_000); // parts of 100 bytes in these tests: 20,000 parts
        body.put("inhoud", null);
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "bestandsomvang", "max_value");
    }

    @Test
    void anEmptyInhoudWithABestandsomvangAnnouncesPartsAndReadersDoNotSeeTheLock() {
        Map<String, Object> body = document("a");
        body.put("bestandsomvang", 150);
        body.put("inhoud", "");
        String lock = as("behandelaar").body(body).post(DOCUMENTEN).then().statusCode(201)
                .body("locked", equalTo(true)).body("bestandsdelen.size()", equalTo(2))
                .extract().path("lock");
        assertThat(lock).hasSize(32);
        String url = as("behandelaar").body(body).post(DOCUMENTEN).then().extract().path("url");
        as("lezer").get(path(url)).then().statusCode(200).body("bestandsdelen[0].lock", equalTo(""));
    }

    @Test
    void aForcedUnlockOfAnUploadThatFailsItsChecksDiscardsIt() throws Exception {
        Map<String, Object> body = document("a");
        body.put("bestandsomvang", 50);
        body.put("inhoud", null);
        body.put("integriteit", Map.of("algoritme", "sha_256", "waarde", "0".repeat(64), "datum", "2026-03-01"));
        var created = as("behandelaar").body(body).post(DOCUMENTEN).then().statusCode(201).extract().jsonPath();
        io.restassured.RestAssured.given().auth().oauth2(nl.zgw.shared.auth.ZgwTokenSigner.sign("behandelaar",
                        "behandelaar-secret-0123456789", "", ""))
                .multiPart("inhoud", "deel.bin", new byte[50]).multiPart("lock", created.getString("lock"))
                .put(path(created.getString("bestandsdelen[0].url"))).then().statusCode(200);
        String url = created.getString("url");
        as("beheerder").body(Map.of()).post(path(url) + "/unlock").then().statusCode(204);
        as("behandelaar").get(path(url)).then().body("locked", equalTo(false)).body("inhoud", equalTo(null));
    }

    @Test
    void bodiesBeyondTheirLimitsAreRefusedNotHeld() {
        Map<String, Object> veel = document("a");
        veel.put("trefwoorden", java.util.Collections.nCopies(60_000, "trefwoord-van-twintig"));
        assertValidatieFout(as("behandelaar").body(veel).post(DOCUMENTEN).then(), "nonFieldErrors", "max_size");
        String groot = "{\"omschrijvingVoorwaarden\": \"" + "x".repeat(33 * 1024 * 1024) + "\"}";
        assertFout(as("behandelaar").body(groot).post("/documenten/api/v1/gebruiksrechten").then(), 400, "invalid");
    }
}
