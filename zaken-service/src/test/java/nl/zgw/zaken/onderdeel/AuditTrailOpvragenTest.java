package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.RESULTATEN;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.outbox;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.uuid;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** De audit trail van een zaak opvragen: every change of the zaak and of what lives inside it (audittrails.lezen). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class AuditTrailOpvragenTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyChangeIsInTheAuditTrailAndAnnounced() throws Exception {
        String zaak = create("alles", zaak("a", rsin()));
        as("alles").header("X-Audit-Toelichting", "klant belde").body(Map.of("toelichting", "nieuw"))
                .patch(path(zaak)).then().statusCode(200);
        String resultaat = as("alles").body(Map.of("zaak", zaak, "resultaattype",
                CatalogiStub.url("resultaattypen", "r-afgehandeld"))).post(RESULTATEN).then().statusCode(201)
                .extract().path("url");
        as("alles").delete(path(resultaat)).then().statusCode(204);

        as("heropener").get(path(zaak) + "/audittrail").then().statusCode(200)
                .body("actie", contains("create", "partial_update", "create", "destroy"))
                .body("resource", contains("zaak", "zaak", "resultaat", "resultaat"))
                .body("[1].toelichting", equalTo("klant belde"))
                .body("[1].applicatieId", equalTo("alles"))
                .body("[1].wijzigingen.nieuw.toelichting", equalTo("nieuw"))
                .body("[3].wijzigingen.oud.url", equalTo(resultaat))
                .body("[3].hoofdObject", equalTo(zaak));
        String regel = as("heropener").get(path(zaak) + "/audittrail").then().extract().path("[0].uuid");
        as("heropener").get(path(zaak) + "/audittrail/" + regel).then().statusCode(200).body("resultaat", equalTo(201));
        assertFout(as("behandelaar").get(path(zaak) + "/audittrail").then(), 403, "permission_denied");

        List<String> messages = outbox(dataSource, zaak);
        assertThat(messages).hasSize(4);
        assertThat(messages.get(2)).contains("\"resource\":\"resultaat\"", "\"actie\":\"create\"",
                "\"resourceUrl\":\"" + resultaat + "\"", "\"hoofdObject\":\"" + zaak + "\"", "\"bronorganisatie\"");
        // zrc-023: the zaak goes with everything inside it and its audit trail
        assertThat(auditTrailRegels(zaak)).isPositive();
        as("alles").delete(path(zaak)).then().statusCode(204);
        assertThat(auditTrailRegels(zaak)).isZero();
    }

    @Test
    void theAuditTrailOfAZaakThatDoesNotExistIsNotFound() {
        assertFout(as("heropener").get(onbekend(ZAKEN) + "/audittrail").then(), 404, "not_found");
    }

    @Test
    void aRegelThatDoesNotExistIsNotFound() {
        String zaak = create("alles", zaak("a", rsin()));
        assertFout(as("heropener").get(path(zaak) + "/audittrail/" + UUID.randomUUID()).then(), 404, "not_found");
    }

    @Test
    void theAuditTrailIsForClientsWithAudittrailsLezenForTheZaaktype() {
        String zaak = create("alles", zaak("a", rsin()));
        String regel = as("heropener").get(path(zaak) + "/audittrail").then().statusCode(200).extract().path("[0].uuid");
        assertFout(as("behandelaar").get(path(zaak) + "/audittrail/" + regel).then(), 403, "permission_denied");
        // heropener reads the audit trail of zaken of zaaktype A only
        String anderType = create("alles", zaak("b", rsin()));
        assertFout(as("heropener").get(path(anderType) + "/audittrail").then(), 403, "permission_denied");
    }

    /** The audit trail rows kept under the zaak (its main object). */
    private long auditTrailRegels(String zaakUrl) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audittrail WHERE hoofd_object = ?")) {
            ps.setObject(1, java.util.UUID.fromString(uuid(zaakUrl)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
