package nl.zgw.documenten.informatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;

import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.create;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.lock;
import static nl.zgw.documenten.DocumentenApi.outbox;
import static nl.zgw.documenten.DocumentenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class DocumentBijwerkenTest {

    @Inject
    DataSource dataSource;

    @Test
    void aChangeNeedsTheLockAndMakesANewVersionEveryVersionStaysReadable() throws Exception {
        byte[] eerste = "versie een".getBytes(StandardCharsets.UTF_8);
        String url = create("behandelaar", document("a", eerste));
        assertValidatieFout(as("behandelaar").body(Map.of("titel", "x")).patch(path(url)).then(), "nonFieldErrors",
                "unlocked");
        String lock = lock("behandelaar", url);
        assertValidatieFout(as("behandelaar").post(path(url) + "/lock").then(), "nonFieldErrors", "existing-lock");
        assertValidatieFout(as("behandelaar").body(Map.of("titel", "x")).patch(path(url)).then(), "nonFieldErrors",
                "missing-lock-id");
        assertValidatieFout(as("behandelaar").body(Map.of("titel", "x", "lock", "fout")).patch(path(url)).then(),
                "nonFieldErrors", "incorrect-lock-id");
        OffsetDateTime tussen = OffsetDateTime.now();
        Thread.sleep(5);
        byte[] tweede = "versie twee, langer".getBytes(StandardCharsets.UTF_8);
        as("behandelaar").body(Map.of("titel", "Nieuwe titel", "lock", lock, "bestandsomvang", tweede.length,
                        "inhoud", Base64.getEncoder().encodeToString(tweede))).patch(path(url)).then().statusCode(200)
                .body("versie", equalTo(2)).body("titel", equalTo("Nieuwe titel"))
                .body("auteur", equalTo("Gemeente")).body("locked", equalTo(true))
                .body("inhoud", equalTo(url + "/download?versie=2"));
        // a PATCH without inhoud keeps the content
        as("behandelaar").body(Map.of("beschrijving", "b", "lock", lock)).patch(path(url)).then().statusCode(200)
                .body("versie", equalTo(3)).body("bestandsomvang", equalTo(tweede.length));
        as("behandelaar").queryParam("versie", 1).get(path(url)).then().statusCode(200)
                .body("versie", equalTo(1)).body("titel", equalTo("Besluit op aanvraag"))
                .body("inhoud", equalTo(url + "/download?versie=1"));
        as("behandelaar").queryParam("registratieOp", tussen.toString()).get(path(url)).then().statusCode(200)
                .body("versie", equalTo(1));
        assertFout(as("behandelaar").queryParam("versie", 9).get(path(url)).then(), 404, "not_found");
        assertValidatieFout(as("behandelaar").queryParam("versie", "twee").get(path(url)).then(), "versie", "invalid");
        assertThat(as("behandelaar").queryParam("versie", 1).get(path(url) + "/download").then().statusCode(200)
                .extract().asByteArray()).isEqualTo(eerste);
        assertThat(as("behandelaar").get(path(url) + "/download").then().statusCode(200).extract().asByteArray())
                .isEqualTo(tweede);
        as("behandelaar").body(Map.of("lock", lock)).post(path(url) + "/unlock").then().statusCode(204);
        as("behandelaar").get(path(url)).then().body("locked", equalTo(false)).body("versie", equalTo(3));
        assertThat(outbox(dataSource, url)).hasSize(3).last().asString().contains("\"actie\":\"partial_update\"");
    }

    @Test
    void aPutNeedsTheLockFieldAndReplacesTheWritableFields() {
        String url = create("behandelaar", document("a"));
        Map<String, Object> body = document("a");
        body.put("titel", "Vervangen");
        assertValidatieFout(as("behandelaar").body(body).put(path(url)).then(), "lock", "required");
        body.put("lock", lock("behandelaar", url));
        as("behandelaar").body(body).put(path(url)).then().statusCode(200)
                .body("titel", equalTo("Vervangen")).body("versie", equalTo(2));
        body.remove("titel");
        assertValidatieFout(as("behandelaar").body(body).put(path(url)).then(), "titel", "required");
    }

    @Test
    void aChangedBestandsomvangMustMatchTheContent() {
        String url = create("behandelaar", document("a", "zeventien bytes!!".getBytes(StandardCharsets.UTF_8)));
        String lock = lock("behandelaar", url);
        assertValidatieFout(as("behandelaar").body(Map.of("bestandsomvang", 20, "lock", lock)).patch(path(url)).then(),
                "nonFieldErrors", "file-size");
    }

    @Test
    void onlyTheHolderOfTheLockOrAForcedUnlockEndsIt() {
        String url = create("behandelaar", document("a"));
        lock("behandelaar", url);
        assertValidatieFout(as("behandelaar").body(Map.of("lock", "fout")).post(path(url) + "/unlock").then(),
                "nonFieldErrors", "incorrect-lock-id");
        assertFout(as("lezer").body(Map.of()).post(path(url) + "/unlock").then(), 403, "permission_denied");
        as("beheerder").body(Map.of()).post(path(url) + "/unlock").then().statusCode(204);
        as("behandelaar").get(path(url)).then().body("locked", equalTo(false));
    }

    @Test
    void twoClientsLockingAtOnceExactlyOneWins() throws Exception {
        String url = create("behandelaar", document("a"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> pogingen = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pogingen.add(pool.submit(() -> as("behandelaar").post(path(url) + "/lock").then().extract().statusCode()));
            }
            java.util.List<Integer> statussen = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> poging : pogingen) {
                statussen.add(poging.get());
            }
            assertThat(statussen).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statussen).filteredOn(s -> s == 400).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClientChangesDocumentsOfItsTypesOnly() {
        String url = create("alles", document("b"));
        String lock = lock("alles", url);
        assertFout(as("behandelaar").body(Map.of("titel", "x", "lock", lock)).patch(path(url)).then(), 403,
                "permission_denied");
        assertFout(as("behandelaar").post(path(url) + "/lock").then(), 403, "permission_denied");
        assertFout(as("behandelaar").body(Map.of("titel", "x", "lock", lock))
                .patch("/documenten/api/v1/enkelvoudiginformatieobjecten/" + java.util.UUID.randomUUID()).then(), 404,
                "not_found");
    }

    @Test
    void everyChangeIsInTheAuditTrail() {
        String url = create("behandelaar", document("a"));
        String lock = lock("behandelaar", url);
        as("behandelaar").header("X-Audit-Toelichting", "typefout").body(Map.of("titel", "Juist", "lock", lock))
                .patch(path(url)).then().statusCode(200);
        as("behandelaar").get(path(url) + "/audittrail").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].bron", equalTo("drc")).body("[0].actie", equalTo("create"))
                .body("[1].actie", equalTo("partial_update")).body("[1].toelichting", equalTo("typefout"))
                .body("[1].wijzigingen.oud.titel", equalTo("Besluit op aanvraag"))
                .body("[1].wijzigingen.nieuw.titel", equalTo("Juist"));
        assertFout(as("lezer").get(path(url) + "/audittrail").then(), 403, "permission_denied");
    }
}
