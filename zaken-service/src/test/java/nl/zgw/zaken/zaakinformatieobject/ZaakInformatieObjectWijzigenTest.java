package nl.zgw.zaken.zaakinformatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import nl.zgw.zaken.DocumentenStub;
import jakarta.inject.Inject;
import nl.zgw.shared.spiegeling.Herstel;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKINFORMATIEOBJECTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakinformatieobject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Een zaakinformatieobject bijwerken en verwijderen: titel and beschrijving change, the relation
 * does not (zrc-004); deleting it removes its objectinformatieobject, deleting the zaak removes all
 * of them (zrc-023).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(DocumentenStub.class)
class ZaakInformatieObjectWijzigenTest {

    @Inject
    Herstel herstel;

    @Test
    void theTextsChangeNotTheRelation() {
        String zaak = create("alles", zaak("a", rsin()));
        String document = DocumentenStub.document("brief", "definitief");
        String zio = zaakinformatieobject(zaak, document);
        String registratiedatum = as("alles").get(path(zio)).then().extract().path("registratiedatum");
        as("behandelaar").body(Map.of("titel", "Nieuwe titel")).patch(path(zio)).then().statusCode(200)
                .body("titel", equalTo("Nieuwe titel")).body("registratiedatum", equalTo(registratiedatum));
        as("behandelaar").body(Map.of("zaak", zaak, "informatieobject", document, "beschrijving", "b"))
                .put(path(zio)).then().statusCode(200).body("beschrijving", equalTo("b"))
                .body("titel", org.hamcrest.Matchers.nullValue());
        assertValidatieFout(as("alles").body(Map.of("informatieobject", DocumentenStub.document("brief", "definitief")))
                .patch(path(zio)).then(), "informatieobject", "wijzigen-niet-toegelaten");
        assertValidatieFout(as("alles").body(Map.of("zaak", create("alles", zaak("a", rsin()))))
                .patch(path(zio)).then(), "zaak", "wijzigen-niet-toegelaten");
        assertThat(DocumentenStub.relaties(zaak)).containsExactly(document);
    }

    @Test
    void deletingRemovesTheMirror() {
        String zaak = create("alles", zaak("a", rsin()));
        String document = DocumentenStub.document("brief", "definitief");
        String tweede = DocumentenStub.document("brief", "definitief");
        String zio = zaakinformatieobject(zaak, document);
        zaakinformatieobject(zaak, tweede);
        as("behandelaar").delete(path(zio)).then().statusCode(204);
        as("alles").get(path(zio)).then().statusCode(404);
        assertThat(DocumentenStub.relaties(zaak)).containsExactly(tweede);
        // the same pair again, after the delete
        zaakinformatieobject(zaak, document);
        assertThat(DocumentenStub.relaties(zaak)).containsExactlyInAnyOrder(document, tweede);
    }

    @Test
    void deletingTheZaakRemovesEveryMirror() {
        String zaak = create("alles", zaak("a", rsin()));
        zaakinformatieobject(zaak, DocumentenStub.document("brief", "definitief"));
        zaakinformatieobject(zaak, DocumentenStub.document("brief", "definitief"));
        as("alles").delete(path(zaak)).then().statusCode(204);
        // the zaak's deletion leaves a removal per document for the repair (its loop is off in these tests)
        herstel.ronde();
        assertThat(DocumentenStub.relaties(zaak)).isEmpty();
    }
}
