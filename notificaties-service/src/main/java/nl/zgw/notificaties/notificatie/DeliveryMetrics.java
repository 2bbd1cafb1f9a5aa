package nl.zgw.notificaties.notificatie;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.metrics.SqlGauge;
import nl.zgw.shared.tenant.PerTenant;
import nl.zgw.shared.tenant.Tenant;

import javax.sql.DataSource;

/**
 * What an operator alerts on: deliveries waiting ({@code zgw_notificaties_deliveries{status="pending"}}),
 * parked as failed ({@code status="failed"}), and how far the oldest due delivery is behind
 * ({@code zgw_notificaties_delivery_lag_seconds}: the workers cannot keep up). Each is one query
 * on a partial index, at each scrape; per tenant when tenants are declared (tag {@code tenant};
 * registered when a tenant is taken into service, removed when it is taken out).
 */
@ApplicationScoped
public class DeliveryMetrics implements PerTenant {

    private static final String DELIVERIES = "zgw.notificaties.deliveries";
    private static final String LAG = "zgw.notificaties.delivery.lag";

    private final MeterRegistry registry;
    private final DataSource dataSource;

    public DeliveryMetrics(MeterRegistry registry, DataSource dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
    }

    @Override
    public void opnemen(Tenant t) {
        for (String status : new String[]{"pending", "failed"}) {
            SqlGauge.of(DELIVERIES, t, () -> dataSource, "SELECT count(*) FROM delivery WHERE status = '" + status + "'")
                    .tag("status", status).description("Deliveries to subscribers by status").register(registry);
        }
        SqlGauge.of(LAG, t, () -> dataSource, "SELECT coalesce(extract(epoch FROM "
                        + "now() - min(next_attempt_at)), 0) FROM delivery WHERE status = 'pending' "
                        + "AND next_attempt_at <= now()")
                .baseUnit("seconds").description("How long the oldest due delivery has been due").register(registry);
    }

    @Override
    public void afvoeren(Tenant t) {
        if (!t.impliciet()) {
            SqlGauge.remove(registry, t, DELIVERIES, LAG);
        }
    }
}
