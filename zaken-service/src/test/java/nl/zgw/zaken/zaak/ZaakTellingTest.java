package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.testsupport.postgres.DiepePaginas;
import nl.zgw.testsupport.postgres.Sql;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count of a list of zaken on zaaktype, bronorganisatie and the authorisation filter comes from
 * the counts the triggers keep (zaak_telling, ADR 0020), and is exact: it equals {@code SELECT
 * count(*)} per zaaktype, vertrouwelijkheid and bronorganisatie (and per archiefnominatie and
 * archiefstatus as well, zaak_archief_telling) after creates, deletes, changes of zaaktype,
 * vertrouwelijkheid, bronorganisatie, archiefnominatie and archiefstatus, a truncate, rolled-back transactions and concurrent writers; and the API's count is that
 * number, for every client.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakTellingTest {

    @Inject
    DataSource dataSource;

    @Test
    void theKeptCountIsExactAfterEveryKindOfChange() throws Exception {
        String a = CatalogiStub.zaaktype("a");
        String b = CatalogiStub.zaaktype("b");
        // through the API: the service's own writes
        String bron = rsin();
        create("alles", zaak("a", bron));
        create("alles", zaak("a", bron, "geheim"));
        create("alles", zaak("b", bron));
        assertKeptEqualsCounted();

        sql("INSERT INTO zaak (uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
                + "vertrouwelijkheid_rank, startdatum, registratiedatum, archiefstatus, data) "
                + "SELECT gen_random_uuid(), 'TELLING-' || i, '111222333', CASE WHEN i % 3 = 0 THEN '" + b + "' ELSE '"
                + a + "' END, 'openbaar', i % 8, DATE '2020-01-01', DATE '2020-01-01', 'nog_te_archiveren', '{}'::jsonb "
                + "FROM generate_series(1, 300) AS i");
        assertKeptEqualsCounted();
        sql("DELETE FROM zaak WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(1, 300, 6) AS i)");
        sql("UPDATE zaak SET zaaktype = '" + b + "' WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(2, 300, 7) AS i)");
        sql("UPDATE zaak SET vertrouwelijkheid_rank = 7 WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(4, 300, 5) AS i)");
        sql("UPDATE zaak SET bronorganisatie = '444555666' WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(3, 300, 11) AS i)");
        sql("UPDATE zaak SET archiefnominatie = 'vernietigen' WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(5, 300, 4) AS i)");
        sql("UPDATE zaak SET archiefnominatie = 'blijvend_bewaren', archiefstatus = 'gearchiveerd' "
                + "WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(7, 300, 9) AS i)");
        sql("UPDATE zaak SET archiefnominatie = NULL WHERE identificatie = 'TELLING-5'");
        assertKeptEqualsCounted();

        // a transaction that changes everything and is rolled back changes no count
        Map<String, Long> before = kept();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO zaak (uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
                        + "vertrouwelijkheid_rank, startdatum, registratiedatum, archiefstatus, data) "
                        + "SELECT gen_random_uuid(), 'TERUG-' || i, '111222333', '" + a + "', 'openbaar', 0, "
                        + "DATE '2020-01-01', DATE '2020-01-01', 'nog_te_archiveren', '{}'::jsonb FROM generate_series(1, 50) AS i");
                s.execute("DELETE FROM zaak WHERE identificatie LIKE 'TELLING-1%'");
                s.execute("UPDATE zaak SET zaaktype = '" + a + "', vertrouwelijkheid_rank = 0 WHERE identificatie LIKE 'TELLING-2%'");
                s.execute("UPDATE zaak SET archiefnominatie = 'vernietigen', archiefstatus = 'overgedragen' "
                        + "WHERE identificatie LIKE 'TELLING-3%'");
            }
            c.rollback();
        }
        assertThat(kept()).isEqualTo(before);
        assertKeptEqualsCounted();

        // a TRUNCATE empties the counts with the table (in a transaction, rolled back: both come back)
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE zaak CASCADE");
                try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM zaak_telling) + (SELECT count(*) FROM zaak_archief_telling)")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isZero();
                }
            }
            c.rollback();
        }
        assertThat(kept()).isEqualTo(before);

        // eight writers at once on one zaaktype, half of whose transactions roll back
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        try (Connection c = dataSource.getConnection()) {
                            c.setAutoCommit(false);
                            try (Statement s = c.createStatement()) {
                                s.execute("INSERT INTO zaak (uuid, identificatie, bronorganisatie, zaaktype, "
                                        + "vertrouwelijkheidaanduiding, vertrouwelijkheid_rank, startdatum, registratiedatum, "
                                        + "archiefstatus, data) VALUES (gen_random_uuid(), 'SAMEN-" + writer + "-" + i
                                        + "', '111222333', '" + a + "', 'openbaar', 0, DATE '2020-01-01', DATE '2020-01-01', "
                                        + "'nog_te_archiveren', '{}'::jsonb)");
                                if (i % 3 == 0) {
                                    s.execute("DELETE FROM zaak WHERE identificatie = 'SAMEN-" + writer + "-" + (i - 1) + "'");
                                }
                            }
                            if (i % 2 == 0) {
                                c.commit();
                            } else {
                                c.rollback();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertKeptEqualsCounted();

        // the API's count is the exact one, for a client that sees everything and for limited ones
        assertThat(as("alles").get(ZAKEN).then().statusCode(200).extract().<Integer>path("count"))
                .isEqualTo((int) counted("TRUE"));
        assertThat(as("alles").get(ZAKEN + "?zaaktype=" + b).then().statusCode(200).extract().<Integer>path("count"))
                .isEqualTo((int) counted("zaaktype = '" + b + "'"));
        assertThat(as("alles").get(ZAKEN + "?maximaleVertrouwelijkheidaanduiding=intern").then().statusCode(200)
                .extract().<Integer>path("count")).isEqualTo((int) counted("vertrouwelijkheid_rank <= 2"));
        // behandelaar: zaaktype A up to vertrouwelijk (rank 4); beperkt: zaaktype A, openbaar only
        assertThat(as("behandelaar").get(ZAKEN).then().statusCode(200).extract().<Integer>path("count"))
                .isEqualTo((int) counted("zaaktype = '" + a + "' AND vertrouwelijkheid_rank <= 4"));
        assertThat(as("beperkt").get(ZAKEN + "?zaaktype=" + a).then().statusCode(200).extract().<Integer>path("count"))
                .isEqualTo((int) counted("zaaktype = '" + a + "' AND vertrouwelijkheid_rank = 0"));
        assertThat(as("beperkt").get(ZAKEN + "?zaaktype=" + b).then().statusCode(200).extract().<Integer>path("count"))
                .isZero();
        assertThat(as("alles").get(ZAKEN + "?bronorganisatie=111222333&zaaktype=" + a).then().statusCode(200)
                .extract().<Integer>path("count"))
                .isEqualTo((int) counted("bronorganisatie = '111222333' AND zaaktype = '" + a + "'"));
        assertThat(as("behandelaar").get(ZAKEN + "?bronorganisatie__in=111222333,444555666").then().statusCode(200)
                .extract().<Integer>path("count")).isEqualTo((int) counted(
                        "bronorganisatie IN ('111222333', '444555666') AND zaaktype = '" + a + "' AND vertrouwelijkheid_rank <= 4"));
        assertThat(as("alles").body(Map.of("bronorganisatie", "444555666", "zaaktype__in", List.of(a, b))).post(ZAKEN + "/_zoek")
                .then().statusCode(200).extract().<Integer>path("count"))
                .isEqualTo((int) counted("bronorganisatie = '444555666' AND zaaktype IN ('" + a + "', '" + b + "')"));
        // on archiefnominatie and archiefstatus (=, __in), also with the other kept columns
        assertThat(as("alles").get(ZAKEN + "?archiefstatus=gearchiveerd").then().statusCode(200).extract().<Integer>path("count"))
                .isEqualTo((int) counted("archiefstatus = 'gearchiveerd'")).isPositive();
        assertThat(as("alles").get(ZAKEN + "?archiefnominatie=vernietigen&zaaktype=" + a).then().statusCode(200)
                .extract().<Integer>path("count"))
                .isEqualTo((int) counted("archiefnominatie = 'vernietigen' AND zaaktype = '" + a + "'")).isPositive();
        assertThat(as("behandelaar").get(ZAKEN + "?archiefnominatie__in=vernietigen,blijvend_bewaren&archiefstatus=nog_te_archiveren")
                .then().statusCode(200).extract().<Integer>path("count")).isEqualTo((int) counted(
                        "archiefnominatie IN ('vernietigen', 'blijvend_bewaren') AND archiefstatus = 'nog_te_archiveren' "
                                + "AND zaaktype = '" + a + "' AND vertrouwelijkheid_rank <= 4"));
        assertThat(as("alles").body(Map.of("bronorganisatie", "111222333", "archiefstatus__in", List.of("nog_te_archiveren")))
                .post(ZAKEN + "/_zoek").then().statusCode(200).extract().<Integer>path("count"))
                .isEqualTo((int) counted("bronorganisatie = '111222333' AND archiefstatus = 'nog_te_archiveren'"));
        // a client with fewer rights, a value no zaak has and a list of empty values: as exact, from the kept counts
        assertThat(as("beperkt").get(ZAKEN + "?archiefnominatie=vernietigen").then().statusCode(200)
                .extract().<Integer>path("count")).isEqualTo((int) counted(
                        "archiefnominatie = 'vernietigen' AND zaaktype = '" + a + "' AND vertrouwelijkheid_rank = 0"));
        assertThat(as("alles").get(ZAKEN + "?archiefnominatie=onbekend").then().statusCode(200)
                .extract().<Integer>path("count")).isZero();
        assertThat(as("alles").get(ZAKEN + "?archiefstatus__in=,").then().statusCode(200)
                .extract().<Integer>path("count")).isZero();
        // with another filter the count is counted on the table, and is as exact
        assertThat(as("alles").get(ZAKEN + "?bronorganisatie=111222333&startdatum=2020-01-01").then().statusCode(200)
                .extract().<Integer>path("count"))
                .isEqualTo((int) counted("bronorganisatie = '111222333' AND startdatum = DATE '2020-01-01'"));
        // which of the two ways counted: a counter row planted past the triggers shows in the first only
        sql("INSERT INTO zaak_telling (zaaktype, vertrouwelijkheid_rank, bronorganisatie, slot, aantal) "
                + "VALUES ('" + a + "', 0, '111222333', 99, 1000)");
        try {
            assertThat(as("alles").get(ZAKEN + "?bronorganisatie=111222333").then().statusCode(200)
                    .extract().<Integer>path("count")).isEqualTo((int) counted("bronorganisatie = '111222333'") + 1000);
            assertThat(as("alles").get(ZAKEN + "?bronorganisatie=111222333&startdatum=2020-01-01").then().statusCode(200)
                    .extract().<Integer>path("count"))
                    .isEqualTo((int) counted("bronorganisatie = '111222333' AND startdatum = DATE '2020-01-01'"));
        } finally {
            sql("DELETE FROM zaak_telling WHERE slot = 99");
        }
        sql("INSERT INTO zaak_archief_telling (zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, "
                + "archiefstatus, slot, aantal) VALUES ('" + a + "', 0, '111222333', 'vernietigen', 'nog_te_archiveren', 99, 1000)");
        try {
            assertThat(as("alles").get(ZAKEN + "?archiefnominatie=vernietigen").then().statusCode(200)
                    .extract().<Integer>path("count")).isEqualTo((int) counted("archiefnominatie = 'vernietigen'") + 1000);
            assertThat(as("alles").get(ZAKEN + "?archiefnominatie=vernietigen&archiefactiedatum__isnull=true").then()
                    .statusCode(200).extract().<Integer>path("count"))
                    .isEqualTo((int) counted("archiefnominatie = 'vernietigen' AND archiefactiedatum IS NULL"));
        } finally {
            sql("DELETE FROM zaak_archief_telling WHERE slot = 99");
        }
        // pages are chosen from the index and come in order
        List<String> eerste = as("alles").get(ZAKEN + "?zaaktype=" + a).then().statusCode(200).extract().path("results.url");
        List<String> tweede = as("alles").get(ZAKEN + "?zaaktype=" + a + "&page=2").then().statusCode(200).extract().path("results.url");
        assertThat(eerste).hasSize(100).doesNotContainAnyElementsOf(tweede);
        assertThat(tweede).isNotEmpty();
        sql("DELETE FROM zaak WHERE bronorganisatie IN ('111222333', '444555666')");
        assertKeptEqualsCounted();
    }

    /**
     * A page deep in the unfiltered list starts from the counts kept per block of volgorde values
     * (zaak_blok, V13): it holds the same zaken as stepping over every zaak before it would, also
     * after deletes leave gaps and a rolled-back insert leaves unused volgorde values.
     */
    @Test
    void aDeepPageHoldsWhatTheOffsetScanFinds() throws Exception {
        String a = CatalogiStub.zaaktype("a");
        String b = CatalogiStub.zaaktype("b");
        String insert = "INSERT INTO zaak (uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
                + "vertrouwelijkheid_rank, startdatum, registratiedatum, archiefstatus, data) "
                + "SELECT gen_random_uuid(), 'BLOK-' || i, '444555666', CASE WHEN mod(i, 10) = 0 THEN '" + b + "' ELSE '" + a
                + "' END, 'openbaar', 0, DATE '2020-01-01', "
                + "DATE '2020-01-01', 'nog_te_archiveren', '{}'::jsonb FROM generate_series(%d, %d) AS i";
        DiepePaginas.vul(dataSource, "zaak", insert, "DELETE FROM zaak WHERE identificatie IN (SELECT 'BLOK-' || i FROM (%s) AS n)");
        DiepePaginas.assertGelijk(dataSource, "zaak", page -> pagina("alles", page));
        // a client that may not read every zaak never takes the blocks: its deep page holds only what it may read
        assertThat(pagina("beperkt", 83)).isEqualTo(Sql.column(dataSource, "SELECT uuid FROM zaak WHERE zaaktype = '" + a
                + "' AND vertrouwelijkheid_rank = 0 ORDER BY volgorde OFFSET 8200 LIMIT 100"));
        sql("DELETE FROM zaak WHERE bronorganisatie = '444555666'");
    }

    /** The uuids of a page of {@code GET /zaken} as {@code client} sees it. */
    private static List<String> pagina(String client, long page) {
        return DiepePaginas.uuids(as(client).get(ZAKEN + "?page=" + page).then().statusCode(200).extract().path("results.url"));
    }

    private void assertKeptEqualsCounted() throws SQLException {
        assertThat(kept()).isEqualTo(Sql.perKey(dataSource, "SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, "
                + "count(*) FROM zaak GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie"));
        assertThat(Sql.perKey(dataSource, "SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, "
                + "archiefstatus, sum(aantal) FROM zaak_archief_telling GROUP BY zaaktype, vertrouwelijkheid_rank, "
                + "bronorganisatie, archiefnominatie, archiefstatus HAVING sum(aantal) <> 0"))
                .isEqualTo(Sql.perKey(dataSource, "SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, "
                        + "archiefstatus, count(*) FROM zaak GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie, "
                        + "archiefnominatie, archiefstatus"));
    }

    private Map<String, Long> kept() throws SQLException {
        return Sql.perKey(dataSource, "SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, sum(aantal) FROM zaak_telling "
                + "GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie HAVING sum(aantal) <> 0");
    }

    private long counted(String condition) throws SQLException {
        return Sql.number(dataSource, "SELECT count(*) FROM zaak WHERE " + condition);
    }

    private void sql(String statement) throws SQLException {
        Sql.execute(dataSource, statement);
    }
}
