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

    /** A fresh token for this service's own client, for an {@code Authorization: Bearer} header. */
    public String ownToken() {
        String secret = config.client().secret().filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("zgw.auth.client.secret is not configured"));
        return sign(config.client().id(), secret, "", "");
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
