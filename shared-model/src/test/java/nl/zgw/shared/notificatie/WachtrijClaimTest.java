package nl.zgw.shared.notificatie;

import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backlog of 20,000 messages in an outbox whose statistics were taken while it was empty (its
 * usual state): the claim takes the oldest message of each object, and stays a claim of
 * milliseconds; a claim the planner gets wrong is cut off, the table analysed, and claimed again.
 */
class WachtrijClaimTest {

    private static final int BACKLOG = 20_000;
    private static String url;
    private static String user;
    private static String password;

    @BeforeAll
    static void database() {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", "wachtrij_claim"));
        Map<String, String> config = resource.start();
        url = config.get("quarkus.datasource.jdbc.url");
        user = config.get("quarkus.datasource.username");
        password = config.get("quarkus.datasource.password");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The outbox as the migration makes it, used and analysed empty: pages, and statistics of no rows. */
    @BeforeEach
    void backlogOnEmptyStatistics() throws Exception {
        String script = new String(getClass().getResourceAsStream("/db/shared/R__notificatie_outbox.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS notificatie_outbox");
            s.execute(script);
            // an outbox that was used: rows sent and deleted, analysed while empty (pages, no rows)
            s.execute(backlog());
            s.execute("DELETE FROM notificatie_outbox");
            s.execute("ANALYZE notificatie_outbox");
        }
    }

    /** 20,000 messages: every 4th a second one of an object met before; the first of object 7 parked. */
    private static String backlog() {
        return "INSERT INTO notificatie_outbox (hoofd_object, message, parked_at) SELECT 'https://zaken/' || "
                + "CASE WHEN g % 4 = 0 THEN g / 4 ELSE g END, '{}', CASE WHEN g = 7 THEN now() END "
                + "FROM generate_series(1, " + BACKLOG + ") g";
    }

    @Test
    void aBacklogThatCameAtOnceIsClaimedRightAndTheClaimsAfterTheFirstAreFast() throws SQLException {
        s(backlog());
        List<Long> claimed = new ArrayList<>();
        try (Connection c = connect()) {
            // the first claim on these statistics runs over the time-out: analysed, claimed again
            WachtrijClaim.claim(c, "notificatie_outbox", conn -> claim(conn, claimed, 50));
        }
        assertThat(claimed).isEqualTo(expected(50));
        assertThat(reltuples()).as("analysed: the planner knows the backlog").isGreaterThan(BACKLOG / 2);
        assertThat(nextClaimMillis()).isLessThan(WachtrijClaim.TRAAG_MILLIS);
    }

    @Test
    void aBacklogThatGrowsIsAnalysedBeforeItIsLarge() throws SQLException {
        s("INSERT INTO notificatie_outbox (hoofd_object, message) SELECT 'https://zaken/x' || g, '{}' "
                + "FROM generate_series(1, 60) g");
        List<Long> claimed = new ArrayList<>();
        try (Connection c = connect()) {
            WachtrijClaim.claim(c, "notificatie_outbox", conn -> claim(conn, claimed, 50));
        }
        assertThat(claimed).hasSize(50);
        assertThat(reltuples()).as("a backlog forming on statistics of an empty table: analysed").isPositive();
        s(backlog());
        // not a speed test: on the statistics of the empty table this claim ran over the time-out
        assertThat(nextClaimMillis()).isLessThan(WachtrijClaim.TRAAG_MILLIS);
    }

    @Test
    void aClaimThatRunsOverTheTimeOutIsCutOffAndTriedOnceMoreAfterAnAnalysis() throws SQLException {
        s(backlog());
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        List<Long> claimed = new ArrayList<>();
        try (Connection c = connect()) {
            WachtrijClaim.claim(c, "notificatie_outbox", conn -> {
                if (attempts.incrementAndGet() == 1) {
                    try (Statement st = conn.createStatement()) {
                        st.execute("SELECT pg_sleep(5)"); // a plan gone wrong, as far as the time-out can tell
                    }
                }
                return claim(conn, claimed, 50);
            });
            assertThat(c.getAutoCommit()).isTrue();
        }
        assertThat(attempts).hasValue(2);
        assertThat(claimed).isEqualTo(expected(50));
        assertThat(reltuples()).isGreaterThan(BACKLOG / 2);
    }

    @Test
    void aUserThatMayNotAnalyseStillClaims() throws SQLException {
        s("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wachtrij_gast') THEN "
                + "CREATE ROLE wachtrij_gast LOGIN PASSWORD 'gast'; END IF; END $$");
        s("GRANT USAGE ON SCHEMA public TO wachtrij_gast");
        s("GRANT SELECT, UPDATE ON notificatie_outbox TO wachtrij_gast");
        s("INSERT INTO notificatie_outbox (hoofd_object, message) SELECT 'https://zaken/y' || g, '{}' "
                + "FROM generate_series(1, 60) g");
        List<Long> claimed = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "wachtrij_gast", "gast")) {
            // >= 10 rows on statistics of an empty table: the analysis is asked for, and refused (not the owner)
            assertThat(WachtrijClaim.claim(c, "notificatie_outbox", conn -> claim(conn, claimed, 50))).isEqualTo(50);
            assertThat(c.getAutoCommit()).isTrue();
        }
        assertThat(claimed).isEqualTo(expected(50));
        assertThat(reltuples()).as("not analysed: refused").isZero();
    }

    /** How long the next claim of 50 took, in ms. */
    private static long nextClaimMillis() throws SQLException {
        try (Connection c = connect()) {
            long begin = System.nanoTime();
            int n = WachtrijClaim.claim(c, "notificatie_outbox", conn -> claim(conn, new ArrayList<>(), 50));
            assertThat(n).isEqualTo(50);
            return (System.nanoTime() - begin) / 1_000_000;
        }
    }

    private static void s(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static int claim(Connection c, List<Long> ids, int limit) throws SQLException {
        ids.clear();
        try (PreparedStatement q = c.prepareStatement(OutboxDispatcher.CLAIM)) {
            q.setInt(1, limit);
            q.setDouble(2, 60);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        ids.sort(null);
        return ids.size();
    }

    /** The lowest ids that are the oldest unparked message of their object, worked out in Java. */
    private static List<Long> expected(int limit) throws SQLException {
        List<Long> heads = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, hoofd_object, parked_at IS NOT NULL FROM notificatie_outbox ORDER BY id")) {
            while (rs.next() && heads.size() < limit) {
                if (rs.getBoolean(3)) {
                    continue;
                }
                if (seen.add(rs.getString(2))) {
                    heads.add(rs.getLong(1));
                }
            }
        }
        return heads;
    }

    private static double reltuples() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT reltuples FROM pg_class WHERE oid = 'notificatie_outbox'::regclass")) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
