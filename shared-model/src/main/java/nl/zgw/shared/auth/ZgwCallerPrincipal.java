package nl.zgw.shared.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;

import java.util.Set;

/** A verified ZGW caller: its name is the {@code client_id}; it carries what it may do. */
public class ZgwCallerPrincipal extends DefaultJWTCallerPrincipal {

    private final TokenVerifier.VerifiedCaller caller;

    ZgwCallerPrincipal(String rawToken, JwtClaims claims, TokenVerifier.VerifiedCaller caller) {
        super(rawToken, "JWT", claims);
        this.caller = caller;
    }

    /**
     * A ZGW client signs its own token, so nothing it claims about its rights counts: what a client
     * may do comes from the Autorisaties API, never from a {@code groups} (or any other) claim.
     */
    @Override
    public Set<String> getGroups() {
        return Set.of();
    }

    @Override
    public String getName() {
        return caller.clientId();
    }

    public String clientId() {
        return caller.clientId();
    }

    public TokenVerifier.VerifiedCaller caller() {
        return caller;
    }

    public ClientAutorisaties autorisaties() {
        return caller.autorisaties();
    }
}
