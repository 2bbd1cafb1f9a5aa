package nl.zgw.documenten.objectinformatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.documenten.ZakenStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.zgw.documenten.DocumentenApi.DOCUMENTEN;
import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.create;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** drc-002 ... drc-004 and drc-008 against a real HTTP server playing the Zaken API. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(ZakenStub.class)
class ObjectInformatieObjectenTest {

    static final String OIO = "/documenten/api/v1/objectinformatieobjecten";

    static Map<String, Object> relatie(String document, String zaak) {
        return Map.of("informatieobject", document, "object", zaak, "objectType", "zaak");
    }

    @Test
    void aRelationMirrorsTheZaakinformatieobjectOfTheZakenApi() {
        String document = create("behandelaar", document("a"));
        String zaak = ZakenStub.zaak(UUID.randomUUID().toString());
        assertValidatieFout(as("behandelaar").body(relatie(document, zaak)).post(OIO).then(), "nonFieldErrors",
                "inconsistent-relation"); // drc-004: the Zaken API leads
        ZakenStub.relatie(zaak, document);
        String url = as("behandelaar").body(relatie(document, zaak)).post(OIO).then().statusCode(201)
                .body("object", equalTo(zaak)).body("objectType", equalTo("zaak")).extract().path("url");
        assertValidatieFout(as("behandelaar").body(relatie(document, zaak)).post(OIO).then(), "nonFieldErrors",
                "unique"); // drc-003
        as("behandelaar").queryParam("object", zaak).get(OIO).then().statusCode(200).body("url", contains(url));
        as("behandelaar").queryParam("objectinformatieobjecten_object", zaak).get(DOCUMENTEN).then()
                .body("results.url", contains(document));
        assertValidatieFout(as("behandelaar").delete(path(document)).then(), "nonFieldErrors", "pending-relations");
        assertValidatieFout(as("behandelaar").delete(path(url)).then(), "nonFieldErrors", "remote-relation-exists");
        ZakenStub.geenRelatie(zaak, document);
        as("behandelaar").delete(path(url)).then().statusCode(204);
        as("behandelaar").delete(path(document)).then().statusCode(204); // drc-008: no relations left
    }

    @Test
    void theObjectMustBeAZaakOfTheZakenApi() { // drc-002
        String document = create("behandelaar", document("a"));
        assertValidatieFout(as("behandelaar").body(relatie(document, ZakenStub.zaak(ZakenStub.BESTAAT_NIET))).post(OIO).then(),
                "object", "bad-url");
        assertValidatieFout(as("behandelaar").body(relatie(document, ZakenStub.zaak(ZakenStub.GEEN_ZAAK))).post(OIO).then(),
                "object", "invalid-resource");
        assertValidatieFout(as("behandelaar").body(relatie(document, "https://elders.example/zaken/1")).post(OIO).then(),
                "object", "bad-url");
        String zaak = ZakenStub.zaak(UUID.randomUUID().toString());
        assertValidatieFout(as("behandelaar").body(relatie(document, zaak + "?x=1")).post(OIO).then(), "object", "bad-url");
        assertValidatieFout(as("behandelaar").body(relatie(document, zaak.replace("/zaken/", "/statussen/"))).post(OIO)
                .then(), "object", "bad-url");
        ZakenStub.relatie(zaak, document);
        as("behandelaar").body(relatie(document, zaak)).post(OIO).then().statusCode(201);
        String anders = zaak.substring(0, zaak.lastIndexOf('/') + 1) + zaak.substring(zaak.lastIndexOf('/') + 1).toUpperCase();
        assertValidatieFout(as("behandelaar").body(relatie(document, anders)).post(OIO).then(), "nonFieldErrors",
                "unique"); // the same zaak in another spelling
        assertValidatieFout(as("behandelaar").body(Map.of("informatieobject", document, "object",
                ZakenStub.zaak(UUID.randomUUID().toString()), "objectType", "dossier")).post(OIO).then(), "objectType", "invalid_choice");
    }

    @Test
    void aClientRelatesAndReadsDocumentsOfItsTypesOnly() {
        String document = create("alles", document("b"));
        String zaak = ZakenStub.zaak(UUID.randomUUID().toString());
        ZakenStub.relatie(zaak, document);
        assertFout(as("behandelaar").body(relatie(document, zaak)).post(OIO).then(), 403, "permission_denied");
        String url = as("alles").body(relatie(document, zaak)).post(OIO).then().statusCode(201).extract().path("url");
        assertFout(as("behandelaar").get(path(url)).then(), 403, "permission_denied");
        as("behandelaar").queryParam("object", zaak).get(OIO).then().body("size()", equalTo(0));
        String etag = as("alles").get(path(url)).then().statusCode(200).extract().header("ETag");
        as("alles").head(path(url)).then().statusCode(200).header("ETag", equalTo(etag));
        assertFout(as("alles").get(OIO + "/" + UUID.randomUUID()).then(), 404, "not_found");
    }
}
