package nl.zgw.shared.auth;

import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;

/**
 * Signs the ZGW JWT this service presents when it calls another ZGW API, with its own client id
 * and secret from {@code zgw.auth.client}.
 */
@ApplicationScoped
public class ZgwTokenSigner {

    private final AuthConfig config;

    public ZgwTokenSigner(AuthConfig config) {
        this.config = config;
    }

    /**
     * This service's own token, for an {@code Authorization: Bearer} header. Reused for a while
     * (well within the maximum age receivers accept) so that a hot path does not sign per call.
     */
    public String ownToken() {
        Cached current = cached;
        long now = System.currentTimeMillis();
        if (current == null || now - current.signedAt() > REUSE_MILLIS) {
            String secret = config.client().secret().filter(s -> !s.isBlank())
                    .orElseThrow(() -> new IllegalStateException("zgw.auth.client.secret is not configured"));
            current = new Cached(sign(config.client().id(), secret, "", ""), now);
            cached = current;
        }
        return current.token();
    }

    private static final long REUSE_MILLIS = 60_000;

    private volatile Cached cached;

    private record Cached(String token, long signedAt) {
    }

    /** A ZGW JWT for any client; {@code iat} is now. */
    public static String sign(String clientId, String secret, String userId, String userRepresentation) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(clientId);
        claims.setIssuedAtToNow();
        claims.setClaim(ZgwClaims.CLIENT_ID, clientId);
        claims.setClaim(ZgwClaims.USER_ID, userId);
        claims.setClaim(ZgwClaims.USER_REPRESENTATION, userRepresentation);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
        jws.setDoKeyValidation(false);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a ZGW JWT", e);
        }
    }
}
