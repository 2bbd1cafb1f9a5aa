package nl.zgw.shared.tenant;

/**
 * What a service prepares for each tenant it serves (ADR 0022): a schema migrated, a first client
 * declared, an abonnement, a gauge. {@link TenantBeheer} takes every tenant into service at start,
 * and a tenant added to the declaration while the service runs before its first request; it takes
 * a removed tenant out of service after its last. Without a tenant declaration this runs once, for
 * {@link Tenant#ENIG}. Each step runs bound to the tenant ({@link CurrentTenant}).
 */
public interface PerTenant {

    /** Schemas: before anything reads them. */
    int SCHEMA = 10;
    /** Data a tenant starts with (the Autorisaties API's declared clients). */
    int GEGEVENS = 20;
    /** What runs beside requests: abonnementen, gauges. */
    int WERK = 30;

    /**
     * Readies {@code tenant}; must be idempotent (it runs at every start, and again after a failure).
     * A failure at start stops the start; later, the tenant is not served and is tried again.
     */
    default void opnemen(Tenant tenant) throws Exception {
    }

    /** {@code tenant} is no longer served (its data stays): drop what {@link #opnemen} keeps for it. */
    default void afvoeren(Tenant tenant) {
    }

    /** Lower first when a tenant is taken into service, last when it is taken out. */
    default int volgorde() {
        return WERK;
    }
}
