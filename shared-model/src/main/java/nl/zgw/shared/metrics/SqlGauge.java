package nl.zgw.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.zgw.shared.tenant.CurrentTenant;
import nl.zgw.shared.tenant.Tenant;
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

    /**
     * The gauge of {@code tenant}: its query runs in that tenant's schema, and with tenants declared
     * (ADR 0022) it carries a {@code tenant} tag; register one per tenant.
     */
    public static Gauge.Builder<Supplier<Number>> of(String name, Tenant tenant, Supplier<DataSource> dataSource,
                                                     String sql) {
        Gauge.Builder<Supplier<Number>> gauge = Gauge.builder(name,
                () -> CurrentTenant.call(tenant, () -> value(dataSource.get(), sql)));
        return tenant.impliciet() ? gauge : gauge.tag("tenant", tenant.id());
    }

    /** Removes the gauges named {@code names} of {@code tenant}, which is no longer served. */
    public static void remove(MeterRegistry registry, Tenant tenant, String... names) {
        for (String name : names) {
            registry.find(name).tag("tenant", tenant.id()).meters().forEach(registry::remove);
        }
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
