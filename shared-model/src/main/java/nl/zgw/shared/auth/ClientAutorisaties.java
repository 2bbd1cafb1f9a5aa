package nl.zgw.shared.auth;

import java.util.List;

/**
 * What the Autorisaties API says one client may do: everything, or a list of grants. A client
 * without an applicatie has no grants.
 */
public record ClientAutorisaties(String clientId, boolean heeftAlleAutorisaties, List<Grant> grants,
                                 boolean alleenIsGereedVoorPublicatie) {

    public ClientAutorisaties {
        grants = List.copyOf(grants);
    }

    public ClientAutorisaties(String clientId, boolean heeftAlleAutorisaties, List<Grant> grants) {
        this(clientId, heeftAlleAutorisaties, grants, false);
    }

    public static ClientAutorisaties none(String clientId) {
        return new ClientAutorisaties(clientId, false, List.of());
    }

    /** True when some grant gives {@code scope} on {@code component} (for some type). */
    public boolean allows(Component component, String scope) {
        return heeftAlleAutorisaties
                || grants.stream().anyMatch(g -> g.component() == component && g.scopes().contains(scope));
    }

    /** The types and maximum levels for which {@code scope} on {@code component} is granted. */
    public AllowedTypes allowedTypes(Component component, String scope) {
        if (heeftAlleAutorisaties) {
            return AllowedTypes.ALL;
        }
        return new AllowedTypes(false, grants.stream()
                .filter(g -> g.component() == component && g.scopes().contains(scope))
                .toList());
    }
}
