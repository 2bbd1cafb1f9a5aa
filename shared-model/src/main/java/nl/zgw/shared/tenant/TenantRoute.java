package nl.zgw.shared.tenant;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.shared.http.ZgwRoutes;

import java.util.Optional;

/**
 * Finds each request's tenant by the host it was addressed to, before anything else of the
 * request runs, and binds it for the whole request ({@link CurrentTenant}). A host that serves no
 * tenant is a 404 problem, never a default. {@code /q/} (health, metrics) belongs to no tenant.
 */
@ApplicationScoped
public class TenantRoute {

    void install(@Observes Router router, Tenants tenants) {
        router.route().order(Integer.MIN_VALUE + 2).handler(ctx -> bind(ctx, tenants));
    }

    private static void bind(RoutingContext ctx, Tenants tenants) {
        if (!tenants.declared() || ctx.normalizedPath().startsWith("/q/")) {
            ctx.next();
            return;
        }
        String host = ctx.request().authority() == null ? null : ctx.request().authority().host();
        Optional<Tenant> tenant = tenants.byHost(host);
        if (tenant.isEmpty()) {
            ZgwRoutes.nietGevonden(ctx, "Op deze host wordt geen organisatie bediend.");
            return;
        }
        CurrentTenant.bindRequest(tenant.get());
        ctx.next();
    }
}
