package nl.zgw.shared.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus security outcomes as ZGW problems: no or an invalid token is 401
 * {@code not_authenticated}; a known client without the right is 403 {@code permission_denied}.
 */
public class SecurityExceptionMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return notAuthenticated("Authenticatiegegevens zijn niet opgegeven.");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UpstreamException upstream) {
                return ProblemResponses.of(upstream); // the Autorisaties API failed, not the client
            }
        }
        return notAuthenticated("Het JWT is ongeldig: verkeerde handtekening, onbekende client of ongeldige iat.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(new PermissionDeniedException("Deze client heeft geen toestemming voor deze actie."));
    }

    private static Response notAuthenticated(String detail) {
        return Response.fromResponse(ProblemResponses.of(new NotAuthenticatedException(detail)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }
}
