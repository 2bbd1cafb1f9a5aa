package nl.zgw.shared.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every log line written while a request is handled carries its request id and the API (MDC keys
 * {@code requestId} and {@code api}; {@code tenant} with tenants declared; {@code clientId} once
 * the token is verified, see {@code ScopesFilter}); JSON logs show them as fields. The request id
 * is the caller's {@code X-Request-Id} when it is a plain token (at most 64 of
 * {@code [A-Za-z0-9._-]}, as an ingress sets it), else a new UUID, and comes back in the answer's
 * {@code X-Request-Id}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class VerzoekContext implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String PROPERTY = VerzoekContext.class.getName();

    /** The API (zgw.component), read at the first request: pre-matching filters are made before runtime config. */
    private volatile String api;

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        MDC.put("requestId", id);
        String component = api;
        if (component == null) {
            component = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("zgw.component", String.class).orElse("zgw").toLowerCase(java.util.Locale.ROOT);
            api = component;
        }
        MDC.put("api", component);
        nl.zgw.shared.tenant.CurrentTenant.get().ifPresent(nl.zgw.shared.tenant.CurrentTenant::inLogLines);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id.toString());
        }
        MDC.remove("requestId");
        MDC.remove("api");
        MDC.remove("clientId");
        MDC.remove(nl.zgw.shared.tenant.CurrentTenant.LOG_KEY);
    }
}
