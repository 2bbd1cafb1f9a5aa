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
import java.util.Map;

import static nl.zgw.documenten.DocumentenApi.DOCUMENTEN;
import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.create;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.opgeslagenBestanden;
import static nl.zgw.documenten.DocumentenApi.outbox;
import static nl.zgw.documenten.DocumentenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class DocumentAanmakenTest {

    @Inject
    DataSource dataSource;

    @Test
    void aDocumentWithBase64ContentIsStoredAsVersionOneWithADownloadUrl() throws Exception {
        byte[] inhoud = "Het besluit is genomen.".getBytes(StandardCharsets.UTF_8);
        String url = as("behandelaar").body(document("a", inhoud)).post(DOCUMENTEN).then().statusCode(201)
                .header("Location", startsWith("http://localhost:8003/documenten/api/v1/enkelvoudiginformatieobjecten/"))
                .body("versie", equalTo(1))
                .body("identificatie", matchesPattern("DOCUMENT-2026-\\d{10}"))
                .body("vertrouwelijkheidaanduiding", equalTo("openbaar")) // drc-007: from the type
                .body("bestandsomvang", equalTo(inhoud.length))
                .body("locked", equalTo(false))
                .body("lock", equalTo(""))
                .body("bestandsdelen", empty())
                .body("link", equalTo(""))
                .extract().path("url");
        as("behandelaar").get(path(url)).then().statusCode(200)
                .body("inhoud", equalTo(url + "/download?versie=1"))
                .body("beginRegistratie", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*"));
        byte[] terug = as("behandelaar").get(path(url) + "/download").then().statusCode(200).extract().asByteArray();
        assertThat(terug).isEqualTo(inhoud);
        assertThat(outbox(dataSource, url)).singleElement().asString()
                .contains("\"kanaal\":\"documenten\"", "\"resource\":\"enkelvoudiginformatieobject\"", "\"actie\":\"create\"",
                        "\"vertrouwelijkheidaanduiding\":\"openbaar\"");
    }

    @Test
    void aDocumentWithoutContentHasNone() {
        String url = create("behandelaar", document("a"));
        as("behandelaar").get(path(url)).then().statusCode(200)
                .body("inhoud", nullValue()).body("bestandsomvang", nullValue());
        assertFout(as("behandelaar").get(path(url) + "/download").then(), 404, "not_found");
    }

    @Test
    void anIdentificatieIsUniquePerBronorganisatie() {
        Map<String, Object> body = document("a");
        body.put("identificatie", "DOC-1");
        create("behandelaar", body);
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "identificatie",
                "identificatie-niet-uniek");
    }

    @Test
    void theInformatieobjecttypeMustBeAPublishedTypeOfTheCatalogiApi() { // drc-001
        Map<String, Object> body = document("concept");
        assertValidatieFout(as("alles").body(body).post(DOCUMENTEN).then(), "informatieobjecttype", "not-published");
        body.put("informatieobjecttype", CatalogiStub.informatieobjecttype("bestaat-niet"));
        assertValidatieFout(as("alles").body(body).post(DOCUMENTEN).then(), "informatieobjecttype", "bad-url");
        body.put("informatieobjecttype", CatalogiStub.informatieobjecttype("geen-type"));
        assertValidatieFout(as("alles").body(body).post(DOCUMENTEN).then(), "informatieobjecttype", "invalid-resource");
        body.put("informatieobjecttype", "https://elders.example/informatieobjecttypen/a");
        assertValidatieFout(as("alles").body(body).post(DOCUMENTEN).then(), "informatieobjecttype", "bad-url");
    }

    @Test
    void aReceivedDocumentIsNotInBewerking() { // drc-005
        Map<String, Object> body = document("a");
        body.put("ontvangstdatum", "2026-03-02");
        body.put("status", "in_bewerking");
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "status", "invalid_for_received");
        body.put("status", "definitief");
        as("behandelaar").body(body).post(DOCUMENTEN).then().statusCode(201);
    }

    @Test
    void aBestandsomvangThatIsNotTheContentsSizeIsRefusedAndNothingStaysBehind() throws Exception {
        long voor = opgeslagenBestanden();
        Map<String, Object> body = document("a", "twaalf bytes".getBytes(StandardCharsets.UTF_8));
        body.put("bestandsomvang", 13);
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "nonFieldErrors", "file-size");
        body.put("bestandsomvang", 12);
        body.put("informatieobjecttype", CatalogiStub.informatieobjecttype("concept"));
        assertValidatieFout(as("alles").body(body).post(DOCUMENTEN).then(), "informatieobjecttype", "not-published");
        assertThat(opgeslagenBestanden()).isEqualTo(voor);
    }

    @Test
    void contentThatIsNotBase64IsRefused() throws Exception {
        long voor = opgeslagenBestanden();
        Map<String, Object> body = document("a");
        body.put("inhoud", "dit is geen base64!");
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "inhoud", "invalid-base64");
        body.put("inhoud", 12);
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "inhoud", "invalid");
        assertThat(opgeslagenBestanden()).isEqualTo(voor);
    }

    @Test
    void requiredFieldsAndFieldRulesAreChecked() {
        Map<String, Object> body = document("a");
        body.remove("titel");
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "titel", "required");
        body.put("titel", "t");
        body.put("taal", "nl");
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "taal", "min_length");
        body.put("taal", "nld");
        body.put("status", "klaar");
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "status", "invalid_choice");
        body.put("status", "definitief");
        body.put("integriteit", Map.of("algoritme", "sha_256", "waarde", "abc"));
        assertValidatieFout(as("behandelaar").body(body).post(DOCUMENTEN).then(), "integriteit.datum", "required");
    }

    @Test
    void aClientCreatesDocumentsOfItsTypesUpToItsLevelOnly() {
        assertFout(as("behandelaar").body(document("b")).post(DOCUMENTEN).then(), 403, "permission_denied");
        Map<String, Object> geheim = document("a");
        geheim.put("vertrouwelijkheidaanduiding", "geheim");
        assertFout(as("behandelaar").body(geheim).post(DOCUMENTEN).then(), 403, "permission_denied");
        assertFout(as("lezer").body(document("a")).post(DOCUMENTEN).then(), 403, "permission_denied");
        assertFout(as("nobody").body(document("a")).post(DOCUMENTEN).then(), 403, "permission_denied");
    }

    @Test
    void aBodyThatIsNotJsonIsAParseError() {
        assertFout(as("behandelaar").body("{\"titel\": ").post(DOCUMENTEN).then(), 400, "parse_error");
    }
}
