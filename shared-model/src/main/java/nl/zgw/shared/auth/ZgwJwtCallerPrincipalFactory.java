package nl.zgw.shared.auth;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import nl.zgw.shared.problem.UpstreamException;

/**
 * Plugs ZGW JWTs into Quarkus security: the {@link TokenVerifier} decides; the principal carries
 * the client's autorisaties. An unreachable Autorisaties API is not the client's fault and is
 * reported as such ({@link UpstreamException}), not as a bad token.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class ZgwJwtCallerPrincipalFactory extends JWTCallerPrincipalFactory {

    private final TokenVerifier verifier;

    public ZgwJwtCallerPrincipalFactory(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        TokenVerifier.VerifiedCaller caller;
        try {
            caller = verifier.verify(token);
        } catch (TokenVerifier.InvalidTokenException e) {
            throw new ParseException(e.getMessage());
        } catch (UpstreamException e) {
            throw new ParseException(e.getMessage(), e);
        }
        return new ZgwCallerPrincipal(token, JwtChecks.unverifiedClaims(token), caller); // verified above
    }
}
