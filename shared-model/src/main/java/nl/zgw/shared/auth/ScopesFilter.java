package nl.zgw.shared.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import nl.zgw.shared.problem.PermissionDeniedException;

import java.util.Arrays;

/** Enforces {@link Scopes} before the resource method runs. */
@Provider
@Scopes({})
@Priority(Priorities.AUTHORIZATION)
public class ScopesFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    private final CurrentCaller caller;

    public ScopesFilter(CurrentCaller caller) {
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Scopes scopes = resourceInfo.getResourceMethod().getAnnotation(Scopes.class);
        if (scopes == null) {
            scopes = resourceInfo.getResourceClass().getAnnotation(Scopes.class);
        }
        ClientAutorisaties autorisaties = caller.autorisaties(); // 401 when not authenticated
        org.jboss.logging.MDC.put("clientId", autorisaties.clientId()); // in every later log line (VerzoekContext)
        boolean allowed = Arrays.stream(scopes.value()).anyMatch(s -> autorisaties.allows(Component.granting(s, caller.component()), s));
        if (!allowed) {
            throw new PermissionDeniedException("Deze client heeft geen van de scopes "
                    + String.join(", ", scopes.value()) + " op " + caller.component().value() + ".");
        }
    }
}
