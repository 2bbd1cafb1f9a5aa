package nl.zgw.shared.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;

/** A verified ZGW caller; its name is the {@code client_id}. */
public class ZgwCallerPrincipal extends DefaultJWTCallerPrincipal {

    private final String clientId;

    ZgwCallerPrincipal(String rawToken, JwtClaims claims, String clientId) {
        super(rawToken, "JWT", claims);
        this.clientId = clientId;
    }

    @Override
    public String getName() {
        return clientId;
    }

    public String clientId() {
        return clientId;
    }
}
