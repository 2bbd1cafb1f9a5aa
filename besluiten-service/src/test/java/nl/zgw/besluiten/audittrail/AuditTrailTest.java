package nl.zgw.besluiten.audittrail;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.besluiten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.zgw.besluiten.BesluitenApi.as;
import static nl.zgw.besluiten.BesluitenApi.besluit;
import static nl.zgw.besluiten.BesluitenApi.create;
import static nl.zgw.besluiten.BesluitenApi.onbekend;
import static nl.zgw.besluiten.BesluitenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** De audit trail van een besluit opvragen: every change of the besluit (audittrails.lezen for its besluittype). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
class AuditTrailTest {

    @Test
    void everyChangeIsInTheAuditTrail() {
        Map<String, Object> body = besluit("a");
        String url = create("behandelaar", body);
        String identificatie = as("behandelaar").get(path(url)).then().extract().path("identificatie");
        as("behandelaar").header("X-Audit-Toelichting", "typefout").body(Map.of("toelichting", "Juist"))
                .patch(path(url)).then().statusCode(200);
        body.put("toelichting", "Helemaal juist");
        as("behandelaar").body(body).put(path(url)).then().statusCode(200);

        as("behandelaar").get(path(url) + "/audittrail").then().statusCode(200)
                .body("actie", contains("create", "partial_update", "update"))
                .body("resource", contains("besluit", "besluit", "besluit"))
                .body("resultaat", contains(201, 200, 200))
                .body("[0].bron", equalTo("brc"))
                .body("[0].hoofdObject", equalTo(url))
                .body("[0].resourceUrl", equalTo(url))
                .body("[0].resourceWeergave", equalTo(identificatie))
                .body("[0].applicatieId", equalTo("behandelaar"))
                .body("[0].wijzigingen.oud", nullValue())
                .body("[0].wijzigingen.nieuw.url", equalTo(url))
                .body("[1].toelichting", equalTo("typefout"))
                .body("[1].wijzigingen.oud.toelichting", equalTo(""))
                .body("[1].wijzigingen.nieuw.toelichting", equalTo("Juist"))
                .body("[2].toelichting", equalTo(""))
                .body("[2].wijzigingen.nieuw.toelichting", equalTo("Helemaal juist"));
        String regel = as("behandelaar").get(path(url) + "/audittrail").then().extract().path("[1].uuid");
        as("behandelaar").get(path(url) + "/audittrail/" + regel).then().statusCode(200)
                .body("uuid", equalTo(regel)).body("actie", equalTo("partial_update"));
        assertFout(as("behandelaar").get(path(url) + "/audittrail/" + UUID.randomUUID()).then(), 404, "not_found");
    }

    @Test
    void theAuditTrailIsReadWithTheScopeForTheBesluittype() {
        String a = create("alles", besluit("a"));
        String b = create("alles", besluit("b"));
        as("alles").get(path(b) + "/audittrail").then().statusCode(200).body("actie", contains("create"));
        assertFout(as("behandelaar").get(path(b) + "/audittrail").then(), 403, "permission_denied");
        assertFout(as("lezer").get(path(a) + "/audittrail").then(), 403, "permission_denied");
        assertFout(as("behandelaar").get(onbekend() + "/audittrail").then(), 404, "not_found");
    }
}
