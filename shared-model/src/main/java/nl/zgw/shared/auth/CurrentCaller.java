package nl.zgw.shared.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.problem.NotAuthenticatedException;
import nl.zgw.shared.problem.PermissionDeniedException;
import nl.zgw.shared.ref.ZgwApi;

/**
 * The authenticated caller of this request and what it may do on this service's component: the
 * scope checks of {@link Scopes}, the SQL filter for lists ({@link #allowedTypes(String)}) and the
 * check on one object ({@link #requireAllowed(String, String, Vertrouwelijkheidaanduiding)}).
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final Component component;

    public CurrentCaller(SecurityIdentity identity, ZgwConfig config) {
        this.identity = identity;
        this.component = componentOf(config.component());
    }

    public Component component() {
        return component;
    }

    public ZgwCallerPrincipal principal() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof ZgwCallerPrincipal p)) {
            throw new NotAuthenticatedException("Authenticatiegegevens zijn niet opgegeven.");
        }
        return p;
    }

    public ClientAutorisaties autorisaties() {
        return principal().autorisaties();
    }

    /** What the caller may see for {@code scope}; turn it into SQL with {@link AllowedTypes#sql}. */
    public AllowedTypes allowedTypes(String scope) {
        return autorisaties().allowedTypes(component, scope);
    }

    /** 403 unless {@code scope} is granted for objects of {@code typeUrl} at level {@code va}. */
    public void requireAllowed(String scope, String typeUrl, Vertrouwelijkheidaanduiding va) {
        if (!allowedTypes(scope).permits(typeUrl, va)) {
            throw new PermissionDeniedException("Deze client mag dit object niet " + scope.substring(scope.indexOf('.') + 1) + ".");
        }
    }

    static Component componentOf(ZgwApi api) {
        return Component.of(api);
    }
}
