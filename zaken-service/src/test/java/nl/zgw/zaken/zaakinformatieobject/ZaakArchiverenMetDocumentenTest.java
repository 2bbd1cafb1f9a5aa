package nl.zgw.zaken.zaakinformatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import nl.zgw.zaken.DocumentenStub;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKINFORMATIEOBJECTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.gesloten;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaakinformatieobject;
import static org.hamcrest.Matchers.equalTo;

/** zrc-022: a zaak is archived only when every document of it has status gearchiveerd. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(DocumentenStub.class)
class ZaakArchiverenMetDocumentenTest {

    @Test
    void archivedOnlyWithArchivedDocuments() {
        String zaak = gesloten(rsin(), "2026-06-30T12:00:00Z");
        String gearchiveerd = DocumentenStub.document("brief", "gearchiveerd");
        String definitief = DocumentenStub.document("brief", "definitief");
        zaakinformatieobject(zaak, gearchiveerd);
        zaakinformatieobject(zaak, definitief);
        assertValidatieFout(as("corrector").body(Map.of("archiefstatus", "gearchiveerd")).patch(path(zaak)).then(),
                "archiefstatus", "documents-not-archived");
        as("alles").get(path(zaak)).then().body("archiefstatus", equalTo("nog_te_archiveren"));
        DocumentenStub.status(definitief, "gearchiveerd");
        as("corrector").body(Map.of("archiefstatus", "gearchiveerd")).patch(path(zaak)).then().statusCode(200)
                .body("archiefstatus", equalTo("gearchiveerd"));
        // an archived zaak gets no more documents (zaakinformatieobject_create)
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "informatieobject",
                DocumentenStub.document("brief", "gearchiveerd"))).post(ZAAKINFORMATIEOBJECTEN).then(),
                "nonFieldErrors", "zaak-archiefstatus-invalid");
    }

    /** Closing a zaak: every document of it has indicatieGebruiksrecht true or false (indicatiegebruiksrecht-unset). */
    @Test
    void closedOnlyWhenEveryDocumentSaysWhetherUseIsRestricted() {
        String zaak = nl.zgw.zaken.ZakenApi.create("alles", nl.zgw.zaken.ZakenApi.zaak("a", rsin()));
        nl.zgw.zaken.ZakenApi.resultaat(zaak, "r-afgehandeld");
        String document = DocumentenStub.document("brief", "definitief");
        zaakinformatieobject(zaak, document);
        DocumentenStub.gebruiksrecht(document, null);
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "statustype",
                        nl.zgw.zaken.CatalogiStub.url("statustypen", "s2"), "datumStatusGezet", "2026-03-04T10:00:00Z"))
                .post(nl.zgw.zaken.ZakenApi.STATUSSEN).then(), "nonFieldErrors", "indicatiegebruiksrecht-unset");
        as("alles").get(path(zaak)).then().body("einddatum", org.hamcrest.Matchers.nullValue());
        // a status that does not close the zaak needs nothing of its documents
        nl.zgw.zaken.ZakenApi.status("alles", zaak, "s1", "2026-03-03T10:00:00Z");
        DocumentenStub.gebruiksrecht(document, true);
        nl.zgw.zaken.ZakenApi.status("alles", zaak, "s2", "2026-03-04T10:00:00Z");
        as("alles").get(path(zaak)).then().body("einddatum", equalTo("2026-03-04"));
    }
}
