package nl.zgw.shared.tenant;

import nl.zgw.shared.ref.ZgwApi;

import java.util.regex.Pattern;

/**
 * An organisation served by this installation (ADR 0022): its id, which names its schemas
 * ({@code <id>_<component>}), the host name its clients address (all six APIs under it, by
 * path) and, optionally, its own setup file for the Autorisaties API (its first clients). {@link #ENIG} is the implicit tenant of an installation that declares none: the
 * component's own schema and the configured base URLs, as before tenants existed.
 */
public record Tenant(String id, String host, String setupFile) {

    /** Lower-case letters and digits only: part of an unquoted schema name, never matching another's prefix. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]{1,40}");

    /** The one tenant of an installation without a tenant declaration. */
    public static final Tenant ENIG = new Tenant("", null, null);

    public Tenant(String id, String host) {
        this(id, host, null);
    }

    public boolean impliciet() {
        return id.isEmpty();
    }

    /** This tenant's schema of {@code component}: {@code zaken}, or {@code utrecht_zaken}. */
    public String schema(ZgwApi component) {
        return impliciet() ? component.component() : id + "_" + component.component();
    }

    @Override
    public String toString() {
        return impliciet() ? "(single tenant)" : id;
    }
}
