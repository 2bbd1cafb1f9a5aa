package nl.zgw.shared.auth;

import org.jose4j.jwt.JwtClaims;

/** Reads the user claims of a token that has already been verified. */
final class VerifiedCallers {

    private VerifiedCallers() {
    }

    static TokenVerifier.VerifiedCaller fromVerifiedToken(String token, ClientAutorisaties autorisaties) {
        JwtClaims claims = JwtChecks.unverifiedClaims(token);
        return new TokenVerifier.VerifiedCaller(autorisaties.clientId(),
                JwtChecks.stringClaim(claims, ZgwClaims.USER_ID),
                JwtChecks.stringClaim(claims, ZgwClaims.USER_REPRESENTATION), autorisaties);
    }
}
