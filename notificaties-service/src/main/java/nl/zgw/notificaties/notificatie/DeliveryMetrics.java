package nl.zgw.notificaties.notificatie;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.shared.metrics.SqlGauge;
import nl.zgw.shared.tenant.Tenant;
import nl.zgw.shared.tenant.Tenants;

import javax.sql.DataSource;

/**
 * What an operator alerts on: deliveries waiting ({@code zgw_notificaties_deliveries{status="pending"}}),
 * parked as failed ({@code status="failed"}), and how far the oldest due delivery is behind
 * ({@code zgw_notificaties_delivery_lag_seconds}: the workers cannot keep up). Each is one query
 * on a partial index, at each scrape; per tenant when tenants are declared (tag {@code tenant}).
 */
@ApplicationScoped
public class DeliveryMetrics {

    private final MeterRegistry registry;
    private final DataSource dataSource;

    private final Tenants tenants;

    public DeliveryMetrics(MeterRegistry registry, DataSource dataSource, Tenants tenants) {
        this.tenants = tenants;
        this.registry = registry;
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event) {
        for (Tenant t : tenants.all()) {
            for (String status : new String[]{"pending", "failed"}) {
                SqlGauge.of("zgw.notificaties.deliveries", t, () -> dataSource,
                                "SELECT count(*) FROM delivery WHERE status = '" + status + "'")
                        .tag("status", status).description("Deliveries to subscribers by status").register(registry);
            }
            SqlGauge.of("zgw.notificaties.delivery.lag", t, () -> dataSource, "SELECT coalesce(extract(epoch FROM "
                            + "now() - min(next_attempt_at)), 0) FROM delivery WHERE status = 'pending' "
                            + "AND next_attempt_at <= now()")
                    .baseUnit("seconds").description("How long the oldest due delivery has been due").register(registry);
        }
    }
}
