package nl.zgw.shared.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while tenants are declared and none of them is served (ADR 0022): every one failed to
 * be readied, e.g. a migration that fails on every tenant's data, so the pod would answer each host
 * with a 404. A rollout then stops at this pod instead of replacing working ones. One tenant that
 * cannot be readied does not make the pod unready for the others: it is counted in
 * {@code zgw_tenants_unserved} and alerted on.
 */
@Readiness
@ApplicationScoped
public class TenantGereedheid implements HealthCheck {

    private final Tenants tenants;
    private final TenantBeheer beheer;

    public TenantGereedheid(Tenants tenants, TenantBeheer beheer) {
        this.tenants = tenants;
        this.beheer = beheer;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("tenants")
                .status(gereed(tenants))
                .withData("served", tenants.all().size())
                .withData("unserved", beheer.nietBediend())
                .build();
    }

    /** Ready unless tenants are declared and none of them is served. */
    static boolean gereed(Tenants tenants) {
        return !tenants.declared() || !tenants.all().isEmpty();
    }
}
