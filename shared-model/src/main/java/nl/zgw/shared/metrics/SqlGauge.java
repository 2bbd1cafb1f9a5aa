package nl.zgw.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A gauge whose value is one SQL query (a single number), read at each scrape: for the backlogs an
 * operator alerts on. The query must be cheap (a partial index); a failing query reads NaN.
 */
public final class SqlGauge {

    private static final Logger LOG = Logger.getLogger(SqlGauge.class);

    private SqlGauge() {
    }

    public static Gauge.Builder<Supplier<Number>> of(String name, Supplier<DataSource> dataSource, String sql) {
        return Gauge.builder(name, () -> value(dataSource.get(), sql));
    }

    private static double value(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql);
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getDouble(1) : Double.NaN;
        } catch (SQLException e) {
            LOG.debugf(e, "Metric query failed: %s", sql);
            return Double.NaN;
        }
    }
}
