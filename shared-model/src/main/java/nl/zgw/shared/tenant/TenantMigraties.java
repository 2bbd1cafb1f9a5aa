package nl.zgw.shared.tenant;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.ref.ZgwApi;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Migrates every declared tenant's schema of this service at start, with the service's own
 * Flyway configuration (the migrations name no schema), before any worker runs. Quarkus itself
 * migrates the component's own schema, which then serves only start-up checks.
 */
@ApplicationScoped
public class TenantMigraties {

    private static final Logger LOG = Logger.getLogger(TenantMigraties.class);

    void migrate(@Observes @Priority(10) StartupEvent event, Tenants tenants, ZgwConfig config, Instance<Flyway> flyway) {
        if (!tenants.declared() || !flyway.isResolvable()) {
            return;
        }
        ZgwApi component = config.component();
        for (Tenant tenant : tenants.all()) {
            String schema = tenant.schema(component);
            long begin = System.nanoTime();
            var result = CurrentTenant.call(tenant, () -> Flyway.configure(Thread.currentThread().getContextClassLoader())
                    .configuration(flyway.get().getConfiguration())
                    .schemas(schema).defaultSchema(schema).createSchemas(true)
                    .load().migrate());
            LOG.infof("Tenant %s: schema %s at version %s (%d migrations, %d ms)", tenant.id(), schema,
                    result.targetSchemaVersion, result.migrationsExecuted, (System.nanoTime() - begin) / 1_000_000);
        }
    }
}
