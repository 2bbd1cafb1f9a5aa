package nl.zgw.shared.notificatie;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.zgw.shared.metrics.SqlGauge;
import nl.zgw.shared.tenant.PerTenant;
import nl.zgw.shared.tenant.Tenant;

import javax.sql.DataSource;

/**
 * What an operator alerts on, in a service that publishes a {@link Kanaal}: messages waiting in the
 * outbox ({@code zgw_outbox_pending}), how long the oldest has waited
 * ({@code zgw_outbox_oldest_pending_seconds}: the Notificaties API unreachable, or this service's
 * client refused) and messages the Notificaties API refused for good ({@code zgw_outbox_parked}),
 * per tenant when tenants are declared (tag {@code tenant}; registered when a tenant is taken into
 * service, removed when it is taken out).
 */
@ApplicationScoped
public class OutboxMetrics implements PerTenant {

    private final Instance<Kanaal> kanaal;
    private final Instance<MeterRegistry> registry;
    private final Instance<DataSource> dataSource;

    public OutboxMetrics(Instance<Kanaal> kanaal, Instance<MeterRegistry> registry, Instance<DataSource> dataSource) {
        this.kanaal = kanaal;
        this.registry = registry;
        this.dataSource = dataSource;
    }

    @Override
    public void opnemen(Tenant t) {
        if (kanaal.isUnsatisfied() || registry.isUnsatisfied()) {
            return;
        }
        MeterRegistry r = registry.get();
        SqlGauge.of("zgw.outbox.pending", t, dataSource::get,
                        "SELECT count(*) FROM notificatie_outbox WHERE parked_at IS NULL")
                .description("Notifications waiting to be sent to the Notificaties API").register(r);
        SqlGauge.of("zgw.outbox.parked", t, dataSource::get,
                        "SELECT count(*) FROM notificatie_outbox WHERE parked_at IS NOT NULL")
                .description("Notifications the Notificaties API refused for good").register(r);
        SqlGauge.of("zgw.outbox.oldest.pending", t, dataSource::get, "SELECT coalesce(extract(epoch FROM "
                        + "now() - min(created_at)), 0) FROM notificatie_outbox WHERE parked_at IS NULL")
                .baseUnit("seconds").description("How long the oldest waiting notification has waited").register(r);
    }

    @Override
    public void afvoeren(Tenant t) {
        if (!t.impliciet() && registry.isResolvable()) {
            SqlGauge.remove(registry.get(), t, "zgw.outbox.pending", "zgw.outbox.parked", "zgw.outbox.oldest.pending");
        }
    }
}
