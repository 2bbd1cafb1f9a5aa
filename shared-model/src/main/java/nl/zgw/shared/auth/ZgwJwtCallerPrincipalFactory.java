package nl.zgw.shared.auth;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.HmacKey;

import java.nio.charset.StandardCharsets;

/**
 * Verifies ZGW JWTs: HS256 only, signed with the secret of the client named in the
 * {@code client_id} claim, a required {@code iat} that is neither too old nor in the future beyond
 * the leeway, and no {@code exp} required (if present it is honoured).
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class ZgwJwtCallerPrincipalFactory extends JWTCallerPrincipalFactory {

    private static final JwtConsumer UNVERIFIED = new JwtConsumerBuilder()
            .setSkipAllValidators()
            .setDisableRequireSignature()
            .setSkipSignatureVerification()
            .build();

    private final ClientSecretSource secrets;
    private final AuthConfig config;

    public ZgwJwtCallerPrincipalFactory(ClientSecretSource secrets, AuthConfig config) {
        this.secrets = secrets;
        this.config = config;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        String clientId = unverifiedClientId(token);
        String secret = secrets.secretFor(clientId)
                .orElseThrow(() -> new ParseException("unknown client_id"));
        int leeway = (int) config.leeway().toSeconds();
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .setVerificationKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)))
                .setRelaxVerificationKeyValidation() // ZGW secrets are often shorter than 256 bits
                .setRequireIssuedAt()
                .setIssuedAtRestrictions(leeway, (int) config.maxAge().toSeconds())
                .setAllowedClockSkewInSeconds(leeway)
                .setSkipDefaultAudienceValidation()
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token);
            return new ZgwCallerPrincipal(token, claims, clientId);
        } catch (InvalidJwtException e) {
            // jose4j's message repeats the claims; keep them out of logs
            throw new ParseException("invalid ZGW JWT for client " + clientId);
        }
    }

    private static String unverifiedClientId(String token) throws ParseException {
        try {
            JwtContext context = UNVERIFIED.process(token);
            Object clientId = context.getJwtClaims().getClaimValue(ZgwClaims.CLIENT_ID);
            if (!(clientId instanceof String id) || id.isBlank()) {
                throw new ParseException("token has no client_id claim");
            }
            return id;
        } catch (InvalidJwtException e) {
            throw new ParseException("not a JWT", e);
        }
    }
}
