package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A change of a zaak does its work once: the statements a PATCH sends to PostgreSQL through the
 * store (the outbox row is written apart, on the same transaction) are counted and pinned.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakWijzigenSqlTest {

    @Inject
    Jdbc jdbc;

    @Test
    void aPatchOfAZaakLocksReadsItsContentsOnceUpdatesAndRecordsItsAuditTrail() {
        String url = create("behandelaar", zaak("a", rsin()));
        as("behandelaar").body(Map.of("omschrijving", "warm-up")).patch(path(url)).then().statusCode(200);

        double before = jdbc.statements();
        as("behandelaar").body(Map.of("omschrijving", "gewijzigd")).patch(path(url)).then().statusCode(200)
                .body("omschrijving", equalTo("gewijzigd"));
        double statements = jdbc.statements() - before;

        System.out.printf("PATCH /zaken/{uuid}: %.0f SQL statements through the store%n", statements);
        // lock the zaak, read its deelzaken and its objects inside (with the latest status) once, update
        // it, audit trail
        assertThat(statements).isEqualTo(5);
    }
}
