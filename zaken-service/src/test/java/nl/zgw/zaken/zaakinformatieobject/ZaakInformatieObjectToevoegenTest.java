package nl.zgw.zaken.zaakinformatieobject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import nl.zgw.zaken.DocumentenStub;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKINFORMATIEOBJECTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.gesloten;
import static nl.zgw.zaken.ZakenApi.outbox;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.status;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakinformatieobject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Een document aan een zaak koppelen: the relation is mirrored in the Documenten API (zrc-005) and
 * announced once it is; zrc-003 (the document exists), zrc-004 (aardRelatieWeergave and
 * registratiedatum set here), the pair once, the document's type among the zaaktype's.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(DocumentenStub.class)
class ZaakInformatieObjectToevoegenTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDocumentIsLinkedAndMirrored() throws Exception {
        String zaak = create("alles", zaak("a", rsin()));
        String document = DocumentenStub.document("brief", "definitief");
        String status = status("alles", zaak, "s1", "2026-03-02T10:00:00Z");
        // zrc-004: registratiedatum is set here; what a client sends for it (VNG's collection: a date) is not read
        String zio = as("aanmaker").body(Map.of("zaak", zaak, "informatieobject", document, "titel", "Aanvraag",
                        "beschrijving", "De aanvraag", "status", status, "registratiedatum", "1900-01-01"))
                .post(ZAAKINFORMATIEOBJECTEN).then().statusCode(201)
                .header("Location", notNullValue())
                .body("informatieobject", equalTo(document))
                .body("aardRelatieWeergave", equalTo("Hoort bij, omgekeerd: kent"))
                .body("registratiedatum", org.hamcrest.Matchers.startsWith(java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                        .toString().substring(0, 4)))
                .body("titel", equalTo("Aanvraag"))
                .body("status", equalTo(status))
                .extract().path("url");
        assertThat(DocumentenStub.relaties(zaak)).containsExactly(document);
        as("alles").get(path(zio)).then().statusCode(200).body("zaak", equalTo(zaak));
        // the zaak and the status list it
        as("alles").get(path(zaak)).then().body("zaakinformatieobjecten", contains(zio));
        as("alles").get(path(status)).then().body("zaakinformatieobjecten", contains(zio));
        as("alles").queryParam("zaak", zaak).get(ZAAKINFORMATIEOBJECTEN).then().body("url", contains(zio));
        as("alles").queryParam("informatieobject", document).get(ZAAKINFORMATIEOBJECTEN).then().body("url", contains(zio));
        as("alles").queryParam("zaak", zaak).queryParam("expand", "zaak,status").get(ZAAKINFORMATIEOBJECTEN).then()
                .body("[0]._expand.zaak.url", equalTo(zaak)).body("[0]._expand.status.url", equalTo(status));
        List<String> messages = outbox(dataSource, zaak);
        assertThat(messages.get(messages.size() - 1)).contains("\"resource\":\"zaakinformatieobject\"")
                .contains("\"actie\":\"create\"").contains(zio);
    }

    /**
     * A zaak expands its zaakinformatieobjecten, and their documents are read from the Documenten API
     * with the caller's own token in one {@code _zoek} for the whole answer (ADR 0017): what that API
     * leaves out for the caller is {@code {}}; the rest of the path is that API's expand.
     */
    @Test
    void documentsAreExpandedAsTheCallerReadsThemInOneSearch() {
        String zaak = create("alles", zaak("a", rsin()));
        String definitief = DocumentenStub.document("brief", "definitief");
        String concept = DocumentenStub.document("brief", "in_bewerking");
        String zio1 = zaakinformatieobject(zaak, definitief);
        String zio2 = zaakinformatieobject(zaak, concept);
        String status = status("alles", zaak, "s1", "2026-03-02T10:00:00Z");
        DocumentenStub.zoekopdrachten();

        as("aanmaker").queryParam("expand", "zaakinformatieobjecten.informatieobject,zaaktype").get(path(zaak)).then()
                .statusCode(200)
                .body("_expand.zaakinformatieobjecten.url", contains(zio1, zio2))
                .body("_expand.zaakinformatieobjecten[0]._expand.informatieobject.url", equalTo(definitief))
                .body("_expand.zaakinformatieobjecten[1]._expand.informatieobject", equalTo(Map.of()))
                // zaken.lezen reads the Catalogi API's types too (ztc-014), so the type is shown
                .body("_expand.zaaktype.url", equalTo(CatalogiStub.zaaktype("a")));
        List<com.fasterxml.jackson.databind.JsonNode> zoek = DocumentenStub.zoekopdrachten();
        assertThat(zoek).hasSize(1);
        String token = zoek.get(0).path("token").asText().replaceFirst("^Bearer ", "");
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1])))
                .contains("\"client_id\":\"aanmaker\""); // the caller's own token, not the service's
        assertThat(zoek.get(0).path("body").path("uuid__in")).hasSize(2);

        as("alles").queryParam("expand", "zaakinformatieobjecten.informatieobject.informatieobjecttype,"
                        + "status.zaakinformatieobjecten").get(path(zaak)).then().statusCode(200)
                .body("_expand.zaakinformatieobjecten._expand.informatieobject.url", contains(definitief, concept))
                .body("_expand.zaakinformatieobjecten[1]._expand.informatieobject._expand.informatieobjecttype.url",
                        equalTo(CatalogiStub.url("informatieobjecttypen", "brief")))
                .body("_expand.status.url", equalTo(status));
        zoek = DocumentenStub.zoekopdrachten();
        assertThat(zoek).hasSize(1);
        assertThat(zoek.get(0).path("body").path("expand").asText()).isEqualTo("informatieobjecttype");
        // a zaakinformatieobject and a list of them expand their document the same way
        as("aanmaker").queryParam("zaak", zaak).queryParam("expand", "informatieobject").get(ZAAKINFORMATIEOBJECTEN)
                .then().statusCode(200).body("_expand.informatieobject.url", contains(definitief, null));
        assertThat(DocumentenStub.zoekopdrachten()).hasSize(1);
        // references outside the suite are not expanded
        assertFout(as("alles").queryParam("expand", "rollen.betrokkene").get(path(zaak)).then(), 404, "not_found");
    }

    @Test
    void theDocumentMustExistInTheDocumentenApi() {
        String zaak = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "informatieobject",
                "https://elders.example/documenten/api/v1/enkelvoudiginformatieobjecten/1"))
                .post(ZAAKINFORMATIEOBJECTEN).then(), "informatieobject", "bad-url");
        String onbekend = DocumentenStub.document("brief", "definitief").replaceAll("[0-9a-f-]{36}$",
                java.util.UUID.randomUUID().toString());
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "informatieobject", onbekend))
                .post(ZAAKINFORMATIEOBJECTEN).then(), "informatieobject", "bad-url");
        assertThat(DocumentenStub.relaties(zaak)).isEmpty();
    }

    @Test
    void aPairOnceAndATypeOfTheZaaktype() {
        String zaak = create("alles", zaak("a", rsin()));
        String document = DocumentenStub.document("brief", "definitief");
        zaakinformatieobject(zaak, document);
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "informatieobject", document))
                .post(ZAAKINFORMATIEOBJECTEN).then(), "nonFieldErrors", "unique");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "informatieobject",
                DocumentenStub.document("memo", "definitief"))).post(ZAAKINFORMATIEOBJECTEN).then(),
                "nonFieldErrors", "missing-zaaktype-informatieobjecttype-relation");
        assertThat(DocumentenStub.relaties(zaak)).containsExactly(document);
        // a status of another zaak, or no status of this API
        String ander = status("alles", create("alles", zaak("a", rsin())), "s1", "2026-03-02T10:00:00Z");
        String tweede = DocumentenStub.document("brief", "definitief");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "informatieobject", tweede, "status", ander))
                .post(ZAAKINFORMATIEOBJECTEN).then(), "status", "does_not_exist");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "informatieobject", tweede, "status",
                "https://elders.example/zaken/api/v1/statussen/1")).post(ZAAKINFORMATIEOBJECTEN).then(), "status", "bad-url");
        assertThat(DocumentenStub.relaties(zaak)).containsExactly(document);
    }

    @Test
    void rightsAndClosedZaken() {
        String zaak = create("alles", zaak("a", rsin()));
        String document = DocumentenStub.document("brief", "definitief");
        assertFout(as("beperkt").body(Map.of("zaak", zaak, "informatieobject", document))
                .post(ZAAKINFORMATIEOBJECTEN).then(), 403, "permission_denied");
        String dicht = gesloten(rsin(), "2026-03-05T10:00:00Z");
        assertFout(as("behandelaar").body(Map.of("zaak", dicht, "informatieobject", document))
                .post(ZAAKINFORMATIEOBJECTEN).then(), 403, "permission_denied");
        as("alles").body(Map.of("zaak", dicht, "informatieobject", document)).post(ZAAKINFORMATIEOBJECTEN)
                .then().statusCode(201);
        assertThat(DocumentenStub.relaties(zaak)).isEmpty();
        assertThat(DocumentenStub.relaties(dicht)).containsExactly(document);
        String vertrouwelijk = create("alles", zaak("a", rsin(), "vertrouwelijk"));
        zaakinformatieobject(vertrouwelijk, document);
        as("beperkt").queryParam("informatieobject", document).get(ZAAKINFORMATIEOBJECTEN).then().statusCode(200)
                .body("zaak", contains(dicht));
        as("alles").queryParam("informatieobject", document).get(ZAAKINFORMATIEOBJECTEN).then().statusCode(200)
                .body("zaak", org.hamcrest.Matchers.containsInAnyOrder(dicht, vertrouwelijk));
    }
}
