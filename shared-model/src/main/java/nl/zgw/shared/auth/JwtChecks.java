package nl.zgw.shared.auth;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import java.util.Optional;

/**
 * The ZGW JWT rules: HS256 only, signed with the secret of the client named in {@code client_id},
 * a required {@code iat} that is neither older than the maximum age nor in the future beyond the
 * leeway, and {@code exp} honoured only when present.
 */
public final class JwtChecks {

    private static final JwtConsumer UNVERIFIED = new JwtConsumerBuilder()
            .setSkipAllValidators()
            .setDisableRequireSignature()
            .setSkipSignatureVerification()
            .build();

    private JwtChecks() {
    }

    /** The verified claims of {@code token}; the secret is looked up by the token's {@code client_id}. */
    public static JwtClaims verify(String token, Function<String, Optional<String>> secretOf, Duration leeway,
                                   Duration maxAge) {
        String clientId = unverifiedClientId(token);
        String secret = secretOf.apply(clientId)
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new TokenVerifier.InvalidTokenException("unknown client_id"));
        int skew = (int) leeway.toSeconds();
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .setVerificationKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)))
                .setRelaxVerificationKeyValidation() // ZGW secrets are often shorter than 256 bits
                .setRequireIssuedAt()
                .setIssuedAtRestrictions(skew, (int) maxAge.toSeconds())
                .setAllowedClockSkewInSeconds(skew)
                .setSkipDefaultAudienceValidation()
                .build();
        try {
            return consumer.processToClaims(token);
        } catch (InvalidJwtException e) {
            // jose4j's message repeats the claims; keep them out of logs
            throw new TokenVerifier.InvalidTokenException("invalid ZGW JWT for client " + clientId);
        }
    }

    /** The claims of a token without any check: only for a token that has been verified already. */
    public static JwtClaims unverifiedClaims(String token) {
        try {
            return UNVERIFIED.processToClaims(token);
        } catch (InvalidJwtException e) {
            throw new TokenVerifier.InvalidTokenException("not a JWT");
        }
    }

    public static String unverifiedClientId(String token) {
        try {
            Object clientId = UNVERIFIED.process(token).getJwtClaims().getClaimValue(ZgwClaims.CLIENT_ID);
            if (!(clientId instanceof String id) || id.isBlank()) {
                throw new TokenVerifier.InvalidTokenException("token has no client_id claim");
            }
            return id;
        } catch (InvalidJwtException e) {
            throw new TokenVerifier.InvalidTokenException("not a JWT");
        }
    }

    /** The caller a verified token stands for, with what its client may do. */
    public static TokenVerifier.VerifiedCaller caller(JwtClaims claims, ClientAutorisaties autorisaties) {
        return new TokenVerifier.VerifiedCaller(autorisaties.clientId(), stringClaim(claims, ZgwClaims.USER_ID),
                stringClaim(claims, ZgwClaims.USER_REPRESENTATION), autorisaties);
    }

    public static String stringClaim(JwtClaims claims, String name) {
        Object value = claims.getClaimValue(name);
        return value instanceof String s ? s : "";
    }
}
