package nl.zgw.shared.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.ref.ZgwApi;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Migrates a declared tenant's schema of this service (created when missing) with the service's
 * own Flyway configuration (the migrations name no schema): at start, before any worker runs, and
 * for a tenant added later before its first request. Quarkus itself migrates the component's own
 * schema, which then serves only start-up checks. Replicas migrating at once wait for each other
 * (Flyway's lock).
 */
@ApplicationScoped
public class TenantMigraties implements PerTenant {

    private static final Logger LOG = Logger.getLogger(TenantMigraties.class);

    private final ZgwApi component;
    private final Instance<Flyway> flyway;

    public TenantMigraties(ZgwConfig config, Instance<Flyway> flyway) {
        this.component = config.component();
        this.flyway = flyway;
    }

    @Override
    public int volgorde() {
        return SCHEMA;
    }

    @Override
    public void opnemen(Tenant tenant) {
        if (tenant.impliciet() || !flyway.isResolvable()) {
            return;
        }
        String schema = tenant.schema(component);
        long begin = System.nanoTime();
        var result = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .configuration(flyway.get().getConfiguration())
                .schemas(schema).defaultSchema(schema).createSchemas(true)
                .load().migrate();
        LOG.infof("Tenant %s: schema %s at version %s (%d migrations, %d ms)", tenant.id(), schema,
                java.util.Objects.requireNonNullElse(result.targetSchemaVersion, result.initialSchemaVersion), result.migrationsExecuted, (System.nanoTime() - begin) / 1_000_000);
    }
}
