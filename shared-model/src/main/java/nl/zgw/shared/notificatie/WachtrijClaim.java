package nl.zgw.shared.notificatie;

import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Claims rows of a queue table (the outbox, the Notificaties API's deliveries) without being held
 * up by the statistics of that table. A queue is empty most of the time, so its statistics usually
 * say it holds no rows (while its pages stay); with those the planner chose, for the per-object
 * ordering check (NOT EXISTS an older row of the same object), a plan that compared every queued
 * row with every other: with a backlog of 20,000 rows one claim ran for over a minute, and no
 * notification of the service was sent meanwhile. So:
 * <ul>
 *   <li>a claim that finds a backlog forming ({@value #BACKLOG_VANAF} rows or more) while the
 *   statistics say the table is empty has the table analysed, before the backlog is large;</li>
 *   <li>a claim runs with a statement time-out of {@value #TIME_OUT}; one that ran over has the
 *   table analysed and is tried once more, without the time-out (slow, should the analysis not
 *   help, but moving rows); one slower than {@value #TRAAG_MILLIS} ms has the table analysed after
 *   it.</li>
 * </ul>
 * Analysed, the planner counts the backlog and probes the index per row (a claim of 50 from 20,000
 * rows: a few ms). Analysing needs the table's owner (the service's own user, which runs its
 * migrations); when refused it is said in the log and the claims go on as they are.
 */
public final class WachtrijClaim {

    private static final Logger LOG = Logger.getLogger(WachtrijClaim.class);
    /** A claim slower than this has the table analysed (a healthy one takes milliseconds). */
    static final long TRAAG_MILLIS = 200;
    /** A claim is cancelled after this long, the table analysed, and the claim tried once more. */
    static final String TIME_OUT = "1s";
    /** A claim of this many rows looks whether the statistics know of rows at all. */
    static final int BACKLOG_VANAF = 10;
    private static final String QUERY_CANCELED = "57014";

    /** A claim statement on a connection: how many rows it claimed. */
    @FunctionalInterface
    public interface Claim {
        int run(Connection c) throws SQLException;
    }

    private WachtrijClaim() {
    }

    /** Runs {@code claim} on {@code c} in a transaction of its own; {@code table} is the queue table it reads. */
    public static int claim(Connection c, String table, Claim claim) throws SQLException {
        try {
            return poging(c, table, claim, true);
        } catch (SQLException e) {
            if (!QUERY_CANCELED.equals(e.getSQLState())) {
                throw e;
            }
            LOG.infof("A claim on %s ran over %s: the table is analysed and the claim tried again", table, TIME_OUT);
            analyseer(c, table);
            // without the time-out: should the analysis be refused or not help, the claim is slow but moves rows
            return poging(c, table, claim, false);
        }
    }

    private static int poging(Connection c, String table, Claim claim, boolean metTimeOut) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        long begin = System.nanoTime();
        int result;
        c.setAutoCommit(false);
        try {
            if (metTimeOut) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL statement_timeout = '" + TIME_OUT + "'");
                }
            }
            result = claim.run(c);
            c.commit();
        } catch (Throwable e) { // never left to the autocommit below to commit half a claim
            try {
                c.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        if ((System.nanoTime() - begin) / 1_000_000 > TRAAG_MILLIS || result >= BACKLOG_VANAF && zonderRijen(c, table)) {
            analyseer(c, table);
        }
        return result;
    }

    /** Whether the statistics of {@code table} (in the current schema) say it holds no rows. */
    private static boolean zonderRijen(Connection c, String table) {
        try (java.sql.PreparedStatement q = c.prepareStatement("SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)")) {
            q.setString(1, table);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getDouble(1) <= 0;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** ANALYZE of the queue table: the planner then knows how many rows wait. */
    static void analyseer(Connection c, String table) {
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE " + table);
        } catch (SQLException e) {
            LOG.warnf("Could not analyse %s (%s): its claims may stay slow while it holds a backlog", table,
                    e.getMessage());
        }
    }
}
