package nl.zgw.documenten.inhoud;

import nl.zgw.shared.tenant.CurrentTenant;
import nl.zgw.shared.tenant.Tenant;

import java.util.UUID;

/**
 * The key of a piece of content: a random UUID, under the id of the tenant it was written for when
 * tenants are declared ({@code utrecht/7c1e...}; ADR 0022), so that one organisation's content can
 * be backed up, moved or deleted by its prefix. A key is always one of ours, never a path a client
 * chose, and a key under another tenant's id is refused; a key without a tenant (written before
 * tenants were declared) is read as it always was.
 */
record InhoudSleutel(String tenant, UUID uuid) {

    /** A new key for content of the current tenant. */
    static InhoudSleutel nieuw() {
        return new InhoudSleutel(CurrentTenant.get().filter(t -> !t.impliciet()).map(Tenant::id).orElse(null),
                UUID.randomUUID());
    }

    /** {@code sleutel} as stored; an {@link IllegalArgumentException} when it is not one of ours or not the current tenant's. */
    static InhoudSleutel van(String sleutel) {
        int slash = sleutel.indexOf('/');
        String tenant = slash < 0 ? null : sleutel.substring(0, slash);
        String uuid = slash < 0 ? sleutel : sleutel.substring(slash + 1);
        UUID parsed;
        try {
            parsed = UUID.fromString(uuid);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a content key: " + sleutel);
        }
        if (!parsed.toString().equals(uuid) || (tenant != null && !Tenant.ID.matcher(tenant).matches())) {
            throw new IllegalArgumentException("not a content key: " + sleutel);
        }
        if (tenant != null && !tenant.equals(CurrentTenant.get().map(Tenant::id).orElse(null))) {
            throw new IllegalArgumentException("content key " + sleutel + " is not the current tenant's");
        }
        return new InhoudSleutel(tenant, parsed);
    }

    @Override
    public String toString() {
        return tenant == null ? uuid.toString() : tenant + "/" + uuid;
    }
}
