package nl.zgw.documenten.gebruiksrecht;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.create;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.lock;
import static nl.zgw.documenten.DocumentenApi.outbox;
import static nl.zgw.documenten.DocumentenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class GebruiksrechtenTest {

    static final String GEBRUIKSRECHTEN = "/documenten/api/v1/gebruiksrechten";

    @Inject
    DataSource dataSource;

    static Map<String, Object> recht(String document) {
        Map<String, Object> body = new HashMap<>();
        body.put("informatieobject", document);
        body.put("startdatum", "2026-01-01T00:00:00Z");
        body.put("omschrijvingVoorwaarden", "Alleen intern te gebruiken");
        return body;
    }

    @Test
    void theIndicatieFollowsTheGebruiksrechtenWithoutANewVersion() throws Exception { // drc-006
        String document = create("behandelaar", document("a"));
        String recht = as("behandelaar").body(recht(document)).post(GEBRUIKSRECHTEN).then().statusCode(201)
                .body("informatieobject", equalTo(document)).extract().path("url");
        as("behandelaar").get(path(document)).then().body("indicatieGebruiksrecht", equalTo(true))
                .body("versie", equalTo(1));
        String lock = lock("behandelaar", document);
        assertValidatieFout(as("behandelaar").body(Map.of("indicatieGebruiksrecht", false, "lock", lock))
                .patch(path(document)).then(), "indicatieGebruiksrecht", "existing-gebruiksrechten");
        Map<String, Object> put = document("a");
        put.put("lock", lock);
        put.put("bronorganisatie", as("behandelaar").get(path(document)).then().extract().path("bronorganisatie"));
        as("behandelaar").body(put).put(path(document)).then().statusCode(200) // an older client leaves it out
                .body("indicatieGebruiksrecht", equalTo(true));
        as("behandelaar").delete(path(recht)).then().statusCode(204);
        as("behandelaar").get(path(document)).then().body("indicatieGebruiksrecht", nullValue());
        assertValidatieFout(as("behandelaar").body(Map.of("indicatieGebruiksrecht", true, "lock", lock))
                .patch(path(document)).then(), "indicatieGebruiksrecht", "missing-gebruiksrechten");
        assertThat(outbox(dataSource, document)).anySatisfy(m -> assertThat(m)
                .contains("\"resource\":\"gebruiksrechten\"", "\"actie\":\"destroy\""));
        as("behandelaar").get(path(document) + "/audittrail").then()
                .body("resource", contains("enkelvoudiginformatieobject", "gebruiksrechten", "enkelvoudiginformatieobject",
                        "gebruiksrechten"));
    }

    @Test
    void aGebruiksrechtKeepsItsDocumentAndIsListedByIt() {
        String document = create("behandelaar", document("a"));
        String recht = as("behandelaar").body(recht(document)).post(GEBRUIKSRECHTEN).then().statusCode(201)
                .extract().path("url");
        as("behandelaar").body(Map.of("omschrijvingVoorwaarden", "Ook extern")).patch(path(recht)).then().statusCode(200)
                .body("omschrijvingVoorwaarden", equalTo("Ook extern"));
        String ander = create("behandelaar", document("a"));
        assertValidatieFout(as("behandelaar").body(Map.of("informatieobject", ander)).patch(path(recht)).then(),
                "informatieobject", "wijzigen-niet-toegelaten");
        as("behandelaar").queryParam("informatieobject", document).get(GEBRUIKSRECHTEN).then().statusCode(200)
                .body("url", contains(recht));
        as("behandelaar").queryParam("informatieobject", document).queryParam("startdatum__gt", "2026-06-01T00:00:00Z")
                .get(GEBRUIKSRECHTEN).then().body("size()", equalTo(0));
        assertValidatieFout(as("behandelaar").queryParam("startdatum__gt", "gisteren").get(GEBRUIKSRECHTEN).then(),
                "startdatum__gt", "invalid");
        String etag = as("behandelaar").get(path(recht)).then().statusCode(200).extract().header("ETag");
        as("behandelaar").head(path(recht)).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void unhappyPaths() {
        String document = create("alles", document("b"));
        assertFout(as("behandelaar").body(recht(document)).post(GEBRUIKSRECHTEN).then(), 403, "permission_denied");
        String recht = as("alles").body(recht(document)).post(GEBRUIKSRECHTEN).then().statusCode(201).extract().path("url");
        assertFout(as("behandelaar").get(path(recht)).then(), 403, "permission_denied");
        assertFout(as("behandelaar").delete(path(recht)).then(), 403, "permission_denied");
        as("behandelaar").queryParam("informatieobject", document).get(GEBRUIKSRECHTEN).then().body("size()", equalTo(0));
        String onbekend = GEBRUIKSRECHTEN + "/" + UUID.randomUUID();
        assertFout(as("alles").get(onbekend).then(), 404, "not_found");
        assertFout(as("alles").body(recht(document)).put(onbekend).then(), 404, "not_found");
        Map<String, Object> zonder = recht(document);
        zonder.remove("omschrijvingVoorwaarden");
        assertValidatieFout(as("alles").body(zonder).post(GEBRUIKSRECHTEN).then(), "omschrijvingVoorwaarden", "required");
        assertValidatieFout(as("alles").body(recht(document.replaceAll("[0-9a-f-]{36}$", UUID.randomUUID().toString())))
                .post(GEBRUIKSRECHTEN).then(), "informatieobject", "does_not_exist");
        assertValidatieFout(as("alles").body(recht("https://elders.example/documenten/1")).post(GEBRUIKSRECHTEN).then(),
                "informatieobject", "bad-url");
    }
}
