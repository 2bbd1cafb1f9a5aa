package nl.zgw.besluiten.besluit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.besluiten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static nl.zgw.besluiten.BesluitenApi.BESLUITEN;
import static nl.zgw.besluiten.BesluitenApi.as;
import static nl.zgw.besluiten.BesluitenApi.auditTrailRegels;
import static nl.zgw.besluiten.BesluitenApi.besluit;
import static nl.zgw.besluiten.BesluitenApi.create;
import static nl.zgw.besluiten.BesluitenApi.onbekend;
import static nl.zgw.besluiten.BesluitenApi.outbox;
import static nl.zgw.besluiten.BesluitenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
class BesluitVerwijderenTest {

    @Inject
    DataSource dataSource;

    @Test
    void aDeletedBesluitGoesWithItsAuditTrail() throws Exception { // brc-009: no soft deletes
        String url = create("behandelaar", besluit("a"));
        as("behandelaar").body(Map.of("toelichting", "gewijzigd")).patch(path(url)).then().statusCode(200);
        assertThat(auditTrailRegels(dataSource, url)).isEqualTo(2);
        as("behandelaar").delete(path(url)).then().statusCode(204);
        assertFout(as("behandelaar").get(path(url)).then(), 404, "not_found");
        assertFout(as("behandelaar").get(path(url) + "/audittrail").then(), 404, "not_found");
        assertThat(auditTrailRegels(dataSource, url)).isZero();
        assertThat(outbox(dataSource, url)).last().asString().contains("\"actie\":\"destroy\"");
    }

    @Test
    void theIdentificatieOfADeletedBesluitIsNotGivenAgain() { // brc-002
        Map<String, Object> body = besluit("a");
        String url = create("behandelaar", body);
        String identificatie = as("behandelaar").get(path(url)).then().extract().path("identificatie");
        as("behandelaar").delete(path(url)).then().statusCode(204);
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201); // a new number
        assertThat(as("behandelaar").queryParam("identificatie", identificatie)
                .queryParam("verantwoordelijkeOrganisatie", body.get("verantwoordelijkeOrganisatie"))
                .get(BESLUITEN).then().extract().<Integer>path("count")).isZero();
        body.put("identificatie", identificatie);
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "identificatie",
                "identificatie-niet-uniek");
    }

    @Test
    void aClientDeletesBesluitenOfItsBesluittypenOnly() {
        String b = create("alles", besluit("b"));
        assertFout(as("behandelaar").delete(path(b)).then(), 403, "permission_denied");
        as("alles").get(path(b)).then().statusCode(200);
        String a = create("alles", besluit("a"));
        assertFout(as("lezer").delete(path(a)).then(), 403, "permission_denied");
        assertFout(as("behandelaar").delete(onbekend()).then(), 404, "not_found");
        as("behandelaar").delete(path(a)).then().statusCode(204);
    }
}
