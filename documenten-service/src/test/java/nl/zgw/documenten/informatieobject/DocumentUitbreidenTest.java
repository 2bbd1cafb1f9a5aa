package nl.zgw.documenten.informatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.documenten.DocumentenApi.DOCUMENTEN;
import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.create;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/** expand (drc-011 ... drc-014): the informatieobjecttype of a document, the document of what belongs to it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class DocumentUitbreidenTest {

    static final String GEBRUIKSRECHTEN = "/documenten/api/v1/gebruiksrechten";

    @Test
    void aDocumentExpandsItsInformatieobjecttypeForAClientThatMayReadTypes() {
        String url = create("alles", document("a"));
        as("alles").queryParam("expand", "informatieobjecttype").get(path(url)).then().statusCode(200)
                .body("_expand.informatieobjecttype.omschrijving", equalTo("Type a"));
        as("alles").get(path(url)).then().statusCode(200).body("$", not(hasKey("_expand")));
        String bron = as("alles").get(path(url)).then().extract().path("bronorganisatie");
        as("alles").queryParam("bronorganisatie", bron).queryParam("expand", "informatieobjecttype").get(DOCUMENTEN)
                .then().body("results[0]._expand.informatieobjecttype.url", equalTo(CatalogiStub.informatieobjecttype("a")));
        String uuid = url.substring(url.lastIndexOf('/') + 1);
        as("alles").body(Map.of("uuid__in", List.of(uuid), "expand", "informatieobjecttype")).post(DOCUMENTEN + "/_zoek")
                .then().body("results[0]._expand.informatieobjecttype.omschrijving", equalTo("Type a"));
        // behandelaar has no catalogi.lezen, but documenten.lezen reads the Catalogi API's types too (ztc-014)
        as("behandelaar").queryParam("expand", "informatieobjecttype").get(path(url)).then().statusCode(200)
                .body("_expand.informatieobjecttype.omschrijving", equalTo("Type a"));
        assertFout(as("alles").queryParam("expand", "zaaktype").get(path(url)).then(), 404, "not_found");
    }

    @Test
    void aGebruiksrechtExpandsItsDocumentOnlyWhereTheClientMayReadIt() {
        String document = create("behandelaar", document("a"));
        String recht = as("behandelaar").body(Map.of("informatieobject", document, "startdatum", "2026-01-01T00:00:00Z",
                "omschrijvingVoorwaarden", "Intern")).post(GEBRUIKSRECHTEN).then().statusCode(201).extract().path("url");
        as("behandelaar").queryParam("expand", "informatieobject").get(path(recht)).then().statusCode(200)
                .body("_expand.informatieobject.url", equalTo(document))
                .body("_expand.informatieobject.titel", equalTo("Besluit op aanvraag"));
        as("alles").queryParam("expand", "informatieobject.informatieobjecttype").get(path(recht)).then()
                .body("_expand.informatieobject._expand.informatieobjecttype.omschrijving", equalTo("Type a"));
        as("behandelaar").queryParam("informatieobject", document).queryParam("expand", "informatieobject")
                .get(GEBRUIKSRECHTEN).then().body("[0]._expand.informatieobject.url", equalTo(document));
        assertFout(as("behandelaar").queryParam("expand", "informatieobjecttype").get(path(recht)).then(), 404,
                "not_found");
    }

    @Test
    void aVerzendingExpandsItsDocumentAlsoInItsListAndNeedsItsDocumentsRights() {
        Map<String, Object> body = document("a");
        body.put("vertrouwelijkheidaanduiding", "geheim");
        String document = create("alles", body);
        String relatie = as("alles").body(Map.of("informatieobject", document, "betrokkene", "https://klanten.example/1",
                "aardRelatie", "geadresseerde", "contactPersoon", "https://medewerkers.example/1",
                "emailadres", "a@example.nl")).post("/documenten/api/v1/verzendingen").then().statusCode(201)
                .extract().path("url");
        as("alles").queryParam("expand", "informatieobject").get(path(relatie)).then()
                .body("_expand.informatieobject.url", equalTo(document));
        // behandelaar reads type A up to vertrouwelijk: the verzending is its document's, so it is not readable at all
        assertFout(as("behandelaar").queryParam("expand", "informatieobject").get(path(relatie)).then(), 403,
                "permission_denied");
        as("alles").queryParam("expand", "informatieobject").get("/documenten/api/v1/verzendingen").then().statusCode(200)
                .body("results.find { it.url == '" + relatie + "' }._expand.informatieobject", not(anEmptyMap()));
    }
}
