package nl.zgw.besluiten.besluit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.besluiten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.testsupport.postgres.DiepePaginas;
import nl.zgw.testsupport.postgres.Sql;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static nl.zgw.besluiten.BesluitenApi.BESLUITEN;
import static nl.zgw.besluiten.BesluitenApi.as;
import static nl.zgw.besluiten.BesluitenApi.besluit;
import static nl.zgw.besluiten.BesluitenApi.create;
import static nl.zgw.besluiten.BesluitenApi.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count of the unfiltered list of besluiten is summed from the counts the triggers keep
 * (besluit_telling, ADR 0020), and is exact: it equals {@code SELECT count(*)} per besluittype
 * after creates, deletes, changes of type and a rolled-back transaction, and the API's count equals
 * the table's for clients with all and with limited rights.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
class BesluitTellingTest {

    @Inject
    DataSource dataSource;

    @Test
    void theKeptCountIsExactAfterEveryKindOfChange() throws Exception {
        String a = CatalogiStub.besluittype("a");
        String b = CatalogiStub.besluittype("b");
        create("alles", besluit("a"));
        create("alles", besluit("b"));
        String weg = create("alles", besluit("a"));
        as("alles").delete(path(weg)).then().statusCode(204);
        assertKeptEqualsCounted();

        // written past the API, in bulk
        sql("INSERT INTO besluit (uuid, identificatie, verantwoordelijke_organisatie, besluittype, datum, ingangsdatum, data) "
                + "SELECT gen_random_uuid(), 'TELLING-' || i, '111222333', CASE WHEN i % 3 = 0 THEN '" + b + "' ELSE '"
                + a + "' END, DATE '2026-01-01', DATE '2026-01-01', '{}'::jsonb FROM generate_series(1, 300) AS i");
        sql("DELETE FROM besluit WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(1, 300, 6) AS i)");
        sql("UPDATE besluit SET besluittype = '" + b + "' "
                + "WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(2, 300, 7) AS i)");
        sql("UPDATE besluit SET datum = DATE '2026-02-01' WHERE identificatie = 'TELLING-5'"); // not counted on
        assertKeptEqualsCounted();

        // a transaction that changes everything and is rolled back changes no count
        Map<String, Long> before = kept();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE besluit SET besluittype = '" + a + "'");
                s.execute("DELETE FROM besluit WHERE verantwoordelijke_organisatie = '111222333'");
            }
            c.rollback();
        }
        assertThat(kept()).isEqualTo(before);

        // what the API answers: the kept count, equal to the table's
        assertThat(apiCount("alles")).isEqualTo(counted("TRUE"));
        assertThat(apiCount("lezer")).isEqualTo(counted("besluittype = '" + a + "'"));
        // the unfiltered list is counted from the kept counts, a filtered one from the table
        sql("INSERT INTO besluit_telling VALUES ('" + a + "', 99, 1000)");
        assertThat(apiCount("alles")).isEqualTo(counted("TRUE") + 1000);
        assertThat(((Number) as("alles").queryParam("verantwoordelijkeOrganisatie", "111222333").get(BESLUITEN).then()
                .statusCode(200).extract().path("count")).longValue())
                .isEqualTo(counted("verantwoordelijke_organisatie = '111222333'"));
        sql("DELETE FROM besluit_telling WHERE slot = 99");
        sql("DELETE FROM besluit WHERE verantwoordelijke_organisatie = '111222333'");
        assertKeptEqualsCounted();
    }

    /**
     * A page deep in the unfiltered list starts from the counts kept per block of volgorde values
     * (besluit_blok, V5): it holds the same besluiten as stepping over every besluit before it, also
     * after deletes leave gaps and a rolled-back insert leaves unused volgorde values.
     */
    @Test
    void aDeepPageHoldsWhatTheOffsetScanFinds() throws Exception {
        String a = CatalogiStub.besluittype("a");
        String b = CatalogiStub.besluittype("b");
        String insert = "INSERT INTO besluit (uuid, identificatie, verantwoordelijke_organisatie, besluittype, datum, "
                + "ingangsdatum, data) SELECT gen_random_uuid(), 'BLOK-' || i, '444555666', CASE WHEN mod(i, 10) = 0 THEN '"
                + b + "' ELSE '" + a + "' END, DATE '2026-01-01', "
                + "DATE '2026-01-01', '{}'::jsonb FROM generate_series(%d, %d) AS i";
        DiepePaginas.vul(dataSource, "besluit", insert,
                "DELETE FROM besluit WHERE identificatie IN (SELECT 'BLOK-' || i FROM (%s) AS n)");
        DiepePaginas.assertGelijk(dataSource, "besluit", page -> pagina("alles", page));
        // a client that may not read every besluit never takes the blocks: its deep page holds only what it may read
        assertThat(pagina("lezer", 83)).isEqualTo(Sql.column(dataSource, "SELECT uuid FROM besluit WHERE "
                + "besluittype = '" + a + "' ORDER BY volgorde OFFSET 8200 LIMIT 100"));
        sql("DELETE FROM besluit WHERE verantwoordelijke_organisatie = '444555666'");
        assertKeptEqualsCounted();
    }

    /** The uuids of a page of the list as {@code client} sees it. */
    private static java.util.List<String> pagina(String client, long page) {
        return DiepePaginas.uuids(as(client).get(BESLUITEN + "?page=" + page).then().statusCode(200)
                .extract().path("results.url"));
    }

    private long apiCount(String client) {
        return ((Number) as(client).get(BESLUITEN).then().statusCode(200).extract().path("count")).longValue();
    }

    private void assertKeptEqualsCounted() throws SQLException {
        assertThat(kept()).isEqualTo(Sql.perKey(dataSource, "SELECT besluittype, count(*) FROM besluit GROUP BY 1"));
    }

    private Map<String, Long> kept() throws SQLException {
        return Sql.perKey(dataSource, "SELECT besluittype, sum(aantal) FROM besluit_telling GROUP BY 1 HAVING sum(aantal) <> 0");
    }

    private long counted(String condition) throws SQLException {
        return Sql.number(dataSource, "SELECT count(*) FROM besluit WHERE " + condition);
    }

    private void sql(String statement) throws SQLException {
        Sql.execute(dataSource, statement);
    }
}
