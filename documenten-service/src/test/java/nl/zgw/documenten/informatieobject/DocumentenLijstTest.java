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
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class DocumentenLijstTest {

    @Test
    void theListShowsWhatTheClientMayReadFilteredInTheQuery() {
        Map<String, Object> openbaar = document("a");
        String bron = (String) openbaar.get("bronorganisatie");
        Map<String, Object> vertrouwelijk = document("a");
        vertrouwelijk.put("bronorganisatie", bron);
        vertrouwelijk.put("vertrouwelijkheidaanduiding", "vertrouwelijk");
        Map<String, Object> anderType = document("b");
        anderType.put("bronorganisatie", bron);
        String a = create("alles", openbaar);
        String v = create("alles", vertrouwelijk);
        String b = create("alles", anderType);
        as("alles").queryParam("bronorganisatie", bron).get(DOCUMENTEN).then().statusCode(200)
                .body("count", equalTo(3)).body("results.url", contains(a, v, b));
        as("behandelaar").queryParam("bronorganisatie", bron).get(DOCUMENTEN).then()
                .body("count", equalTo(2)).body("results.url", contains(a, v));
        as("lezer").queryParam("bronorganisatie", bron).get(DOCUMENTEN).then()
                .body("count", equalTo(1)).body("results.url", contains(a));
        assertFout(as("nobody").queryParam("bronorganisatie", bron).get(DOCUMENTEN).then(), 403, "permission_denied");
    }

    @Test
    void trefwoordenAndIdentificatieFilter() {
        Map<String, Object> body = document("a");
        body.put("trefwoorden", List.of("vergunning", "bouw"));
        body.put("identificatie", "TREF-" + System.nanoTime());
        String url = create("alles", body);
        as("alles").queryParam("trefwoorden", "bouw,vergunning").get(DOCUMENTEN).then()
                .body("results.url", hasItem(url)).body("results.trefwoorden", everyItem(hasItem("bouw")));
        as("alles").queryParam("trefwoorden", "bouw,kap").get(DOCUMENTEN).then().body("results.url", not(hasItem(url)));
        as("alles").queryParam("identificatie", body.get("identificatie")).get(DOCUMENTEN).then()
                .body("count", equalTo(1)).body("results[0].url", equalTo(url));
        assertValidatieFout(as("alles").queryParam("objectinformatieobjecten_objectType", "dossier").get(DOCUMENTEN).then(),
                "objectinformatieobjecten_objectType", "invalid_choice");
        assertFout(as("alles").queryParam("page", 99).get(DOCUMENTEN).then(), 404, "not_found");
    }

    @Test
    void zoekenOnUuids() {
        String url = create("alles", document("a"));
        String uuid = url.substring(url.lastIndexOf('/') + 1);
        as("alles").body(Map.of("uuid__in", List.of(uuid))).post(DOCUMENTEN + "/_zoek").then().statusCode(200)
                .body("count", equalTo(1)).body("results[0].url", equalTo(url));
        assertValidatieFout(as("alles").body(Map.of()).post(DOCUMENTEN + "/_zoek").then(), "nonFieldErrors",
                "empty_search_body");
        assertValidatieFout(as("alles").body(Map.of("identificatie", "x")).post(DOCUMENTEN + "/_zoek").then(),
                "uuid__in", "required");
        assertValidatieFout(as("alles").body(Map.of("uuid__in", List.of("geen-uuid"))).post(DOCUMENTEN + "/_zoek").then(),
                "uuid__in", "invalid");
        assertFout(as("alles").queryParam("expand", "zaak").get(DOCUMENTEN).then(), 404, "not_found"); // drc-013
    }
}
