package nl.zgw.shared.tenant;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * With tenants declared (ADR 0022) every HTTP server metric ({@code http_server_requests_seconds})
 * carries the tenant the request addressed ({@code tenant}; {@code none} for a host that serves
 * none, and for health and metrics), so an operator sees each organisation's traffic, errors and
 * latency apart. Without tenants it adds nothing.
 */
@ApplicationScoped
public class TenantMetricTags implements HttpServerMetricsTagsContributor {

    private final Tenants tenants;

    public TenantMetricTags(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public Tags contribute(Context context) {
        if (!tenants.declared()) {
            return Tags.empty();
        }
        var authority = context.request().authority();
        return Tags.of("tenant", tenants.byHost(authority == null ? null : authority.host()).map(Tenant::id)
                .orElse("none"));
    }
}
