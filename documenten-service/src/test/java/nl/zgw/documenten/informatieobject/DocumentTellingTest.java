package nl.zgw.documenten.informatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.testsupport.postgres.DiepePaginas;
import nl.zgw.testsupport.postgres.Sql;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static nl.zgw.documenten.DocumentenApi.DOCUMENTEN;
import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.create;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.lock;
import static nl.zgw.documenten.DocumentenApi.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count of the unfiltered list of documents is summed from the counts the triggers keep
 * (informatieobject_telling, ADR 0020), and is exact: it equals {@code SELECT count(*)} per key
 * after creates, new versions that change type or level, deletes and a rolled-back transaction, and
 * the API's count equals the table's for clients with all and with limited rights.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class DocumentTellingTest {

    @Inject
    DataSource dataSource;

    @Test
    void theKeptCountIsExactAfterEveryKindOfChange() throws Exception {
        String a = CatalogiStub.informatieobjecttype("a");
        String b = CatalogiStub.informatieobjecttype("b");
        create("alles", document("a"));
        Map<String, Object> vertrouwelijk = document("a");
        vertrouwelijk.put("vertrouwelijkheidaanduiding", "vertrouwelijk");
        create("alles", vertrouwelijk);
        String ander = create("alles", document("b"));
        String weg = create("alles", document("a"));
        assertKeptEqualsCounted();

        // a new version at another level moves the document between keys
        String lock = lock("alles", ander);
        as("alles").body(Map.of("vertrouwelijkheidaanduiding", "geheim", "lock", lock)).patch(path(ander)).then()
                .statusCode(200);
        as("alles").delete(path(weg)).then().statusCode(204);
        assertKeptEqualsCounted();

        // written past the API, in bulk
        sql("INSERT INTO informatieobject (uuid, bronorganisatie, identificatie, informatieobjecttype, "
                + "vertrouwelijkheidaanduiding, vertrouwelijkheid_rank, versie) "
                + "SELECT gen_random_uuid(), '111222333', 'TELLING-' || i, CASE WHEN i % 3 = 0 THEN '" + b + "' ELSE '"
                + a + "' END, 'openbaar', i % 8, 1 FROM generate_series(1, 300) AS i");
        sql("DELETE FROM informatieobject WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(1, 300, 6) AS i)");
        sql("UPDATE informatieobject SET informatieobjecttype = '" + b + "' "
                + "WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(2, 300, 7) AS i)");
        sql("UPDATE informatieobject SET vertrouwelijkheid_rank = 7 "
                + "WHERE identificatie IN (SELECT 'TELLING-' || i FROM generate_series(4, 300, 5) AS i)");
        assertKeptEqualsCounted();

        // a transaction that changes everything and is rolled back changes no count
        Map<String, Long> before = kept();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE informatieobject SET vertrouwelijkheid_rank = 0");
                s.execute("DELETE FROM informatieobject WHERE bronorganisatie = '111222333'");
            }
            c.rollback();
        }
        assertThat(kept()).isEqualTo(before);
        assertKeptEqualsCounted();

        // what the API answers: the kept count, equal to the table's
        int openbaar = Vertrouwelijkheidaanduiding.OPENBAAR.rank();
        int vertrouwelijkRank = Vertrouwelijkheidaanduiding.VERTROUWELIJK.rank();
        assertThat(apiCount("alles")).isEqualTo(counted("TRUE"));
        assertThat(apiCount("lezer")).isEqualTo(counted("informatieobjecttype = '" + a + "' AND vertrouwelijkheid_rank <= "
                + openbaar));
        assertThat(apiCount("behandelaar")).isEqualTo(counted("informatieobjecttype = '" + a
                + "' AND vertrouwelijkheid_rank <= " + vertrouwelijkRank));
        // the unfiltered list is counted from the kept counts, a filtered one from the table
        sql("INSERT INTO informatieobject_telling VALUES ('" + a + "', 0, 99, 1000)");
        assertThat(apiCount("alles")).isEqualTo(counted("TRUE") + 1000);
        assertThat(((Number) as("alles").queryParam("bronorganisatie", "111222333").get(DOCUMENTEN).then()
                .statusCode(200).extract().path("count")).longValue()).isEqualTo(counted("bronorganisatie = '111222333'"));
        sql("DELETE FROM informatieobject_telling WHERE slot = 99");
        sql("DELETE FROM informatieobject WHERE bronorganisatie = '111222333'");
        assertKeptEqualsCounted();
    }

    /**
     * A page deep in the unfiltered list starts from the counts kept per block of volgorde values
     * (informatieobject_blok, V7): it holds the same documents as stepping over every document
     * before it, also after deletes leave gaps and a rolled-back insert leaves unused volgorde values.
     */
    @Test
    void aDeepPageHoldsWhatTheOffsetScanFinds() throws Exception {
        String a = CatalogiStub.informatieobjecttype("a");
        String b = CatalogiStub.informatieobjecttype("b");
        String voorbeeld = path(create("alles", document("a")));
        String uuid = voorbeeld.substring(voorbeeld.lastIndexOf('/') + 1);
        // copies of one document, each with its version (the list shows a document with its latest version)
        String insert = "WITH nieuw AS (INSERT INTO informatieobject (uuid, bronorganisatie, identificatie, "
                + "informatieobjecttype, vertrouwelijkheidaanduiding, vertrouwelijkheid_rank, versie) "
                + "SELECT gen_random_uuid(), '444555666', 'BLOK-' || i, CASE WHEN mod(i, 10) = 0 THEN '" + b + "' ELSE "
                + "t.informatieobjecttype END, 'openbaar', 0, 1 "
                + "FROM generate_series(%d, %d) AS i, informatieobject t WHERE t.uuid = '" + uuid + "' RETURNING uuid) "
                + "INSERT INTO informatieobject_versie (informatieobject, versie, begin_registratie, data) "
                + "SELECT nieuw.uuid, 1, v.begin_registratie, v.data FROM nieuw, informatieobject_versie v "
                + "WHERE v.informatieobject = '" + uuid + "'";
        DiepePaginas.vul(dataSource, "informatieobject", insert,
                "DELETE FROM informatieobject WHERE identificatie IN (SELECT 'BLOK-' || i FROM (%s) AS n)");
        DiepePaginas.assertGelijk(dataSource, "informatieobject", page -> pagina("alles", page));
        // a client that may not read every document never takes the blocks: its deep page holds only what it may read
        assertThat(pagina("lezer", 83)).isEqualTo(Sql.column(dataSource, "SELECT uuid FROM informatieobject WHERE "
                + "informatieobjecttype = '" + a + "' AND vertrouwelijkheid_rank <= "
                + Vertrouwelijkheidaanduiding.OPENBAAR.rank() + " ORDER BY volgorde OFFSET 8200 LIMIT 100"));
        sql("DELETE FROM informatieobject WHERE bronorganisatie = '444555666'");
        assertKeptEqualsCounted();
    }

    /** The uuids of a page of the list as {@code client} sees it. */
    private static java.util.List<String> pagina(String client, long page) {
        return DiepePaginas.uuids(as(client).get(DOCUMENTEN + "?page=" + page).then().statusCode(200)
                .extract().path("results.url"));
    }

    private long apiCount(String client) {
        return ((Number) as(client).get(DOCUMENTEN).then().statusCode(200).extract().path("count")).longValue();
    }

    private void assertKeptEqualsCounted() throws SQLException {
        assertThat(kept()).isEqualTo(Sql.perKey(dataSource, "SELECT informatieobjecttype, vertrouwelijkheid_rank, count(*) "
                + "FROM informatieobject GROUP BY 1, 2"));
    }

    private Map<String, Long> kept() throws SQLException {
        return Sql.perKey(dataSource, "SELECT informatieobjecttype, vertrouwelijkheid_rank, sum(aantal) FROM informatieobject_telling "
                + "GROUP BY 1, 2 HAVING sum(aantal) <> 0");
    }



    private long counted(String condition) throws SQLException {
        return Sql.number(dataSource, "SELECT count(*) FROM informatieobject WHERE " + condition);
    }

    private void sql(String statement) throws SQLException {
        Sql.execute(dataSource, statement);
    }
}
