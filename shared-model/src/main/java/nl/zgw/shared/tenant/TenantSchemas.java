package nl.zgw.shared.tenant;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.ref.ZgwApi;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts every connection taken from the pool in the current tenant's schema, so that JPA and plain
 * SQL alike, written without a thought of tenants, read and write only that tenant's rows. It
 * runs when a connection is taken (once per transaction), always: a {@code SET} made inside a
 * transaction that rolls back is undone, so a remembered schema could be stale. Code without a
 * tenant gets the component's own schema while the service starts (Flyway and Hibernate check it;
 * it holds no tenant's data), and after that a schema that does not exist: a forgotten worker
 * fails ("relation ... does not exist") instead of writing where no tenant reads. Without a tenant
 * declaration it does nothing: the connection's {@code currentSchema} is the component's schema,
 * as always.
 */
@ApplicationScoped
public class TenantSchemas implements AgroalPoolInterceptor {

    private final Tenants tenants;
    private final ZgwApi component;

    public TenantSchemas(Tenants tenants, ZgwConfig config) {
        this.tenants = tenants;
        this.component = config.component();
    }

    /** The search path of a connection taken without a tenant once the service has started. */
    static final String GEEN_TENANT = "zgw_zonder_tenant";

    private volatile boolean gestart;

    /** From here on, the first observer of the start, a connection needs a tenant. */
    void gestart(@Observes @Priority(1) StartupEvent event) {
        gestart = true;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (!tenants.declared()) {
            return;
        }
        String schema = CurrentTenant.get().map(t -> t.schema(component))
                .orElse(gestart ? GEEN_TENANT : component.component());
        try (Statement s = connection.createStatement()) {
            s.execute("SET search_path TO " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot switch the connection to schema " + schema, e);
        }
    }
}
