package nl.zgw.testsupport.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.LongFunction;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deep pages of an unfiltered list (ADR 0020; {@code <tabel>_blok} counts rows per block of
 * 8192 volgorde values): after rows are added, a batch is rolled back (volgorde values used and
 * given back) and every seventh row deleted, the kept counts equal the counted ones and a page
 * deep in the list holds exactly what stepping over every row before it finds. The rows a test
 * adds should not all be readable by its limited client, so that a limited client's deep page
 * shows it never takes the blocks.
 */
public final class DiepePaginas {

    /** Rows the check adds: past three blocks, so pages start in a block other than the first. */
    public static final int RIJEN = 30_000;

    private DiepePaginas() {
    }

    /**
     * Adds {@link #RIJEN} rows through {@code insert} (a statement with two {@code %d}: the first and
     * last number of a series; the rows numbered 12,001-21,000 are inserted and rolled back), then
     * deletes every seventh through {@code delete} (one {@code %s}: a subquery of those numbers),
     * and checks the blocks against the table.
     */
    public static void vul(DataSource dataSource, String tabel, String insert, String delete) throws SQLException {
        Sql.execute(dataSource, String.format(insert, 1, 12_000));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(String.format(insert, 12_001, 21_000));
            }
            c.rollback();
        }
        Sql.execute(dataSource, String.format(insert, 21_001, RIJEN));
        Sql.execute(dataSource, String.format(delete, "SELECT i FROM generate_series(1, " + RIJEN + ", 7) AS i"));
        assertThat(Sql.perKey(dataSource, "SELECT 'blok', blok, sum(aantal) FROM " + tabel + "_blok GROUP BY blok "
                + "HAVING sum(aantal) <> 0"))
                .as("the kept blocks of " + tabel)
                .isEqualTo(Sql.perKey(dataSource, "SELECT 'blok', volgorde / 8192, count(*) FROM " + tabel + " GROUP BY 2"));
    }

    /**
     * Pages 82 (the last before the blocks are used), 83, 120, 165 and the last of the API's list as
     * a client with every right sees them ({@code pagina}: the uuids of a page) equal the pages of
     * {@code tabel} in volgorde found by an offset scan.
     */
    public static void assertGelijk(DataSource dataSource, String tabel, LongFunction<List<String>> pagina)
            throws SQLException {
        long totaal = Sql.number(dataSource, "SELECT count(*) FROM " + tabel);
        for (long page : List.of(82L, 83L, 120L, 165L, (totaal + 99) / 100)) {
            assertThat(pagina.apply(page)).as("page " + page).isEqualTo(scan(dataSource, tabel, page));
        }
        // and the deep pages do come from the blocks: the first block counting 50 rows too many moves them
        Sql.execute(dataSource, "INSERT INTO " + tabel + "_blok (blok, slot, aantal) VALUES (0, 99, 50)");
        try {
            assertThat(pagina.apply(83L)).as("page 83 with a miscounted block").isEqualTo(Sql.column(dataSource,
                    "SELECT uuid FROM " + tabel + " ORDER BY volgorde OFFSET " + (82 * 100 - 50) + " LIMIT 100"));
        } finally {
            Sql.execute(dataSource, "DELETE FROM " + tabel + "_blok WHERE slot = 99");
        }
        assertThatThrownBy(() -> Sql.execute(dataSource, "UPDATE " + tabel + " SET volgorde = volgorde + 1 "
                + "WHERE volgorde = (SELECT min(volgorde) FROM " + tabel + ")"))
                .as("the blocks hold only while volgorde never changes")
                .hasMessageContaining("volgorde is never changed");
    }

    private static List<String> scan(DataSource dataSource, String tabel, long page) throws SQLException {
        return Sql.column(dataSource, "SELECT uuid FROM " + tabel + " ORDER BY volgorde OFFSET " + (page - 1) * 100
                + " LIMIT 100");
    }

    /** The uuids of the resources whose URLs a page lists. */
    public static List<String> uuids(List<String> urls) {
        return urls.stream().map(u -> u.substring(u.lastIndexOf('/') + 1)).toList();
    }
}
