package nl.zgw.shared.auth;

/** Reads the user claims of a token that has already been verified. */
final class VerifiedCallers {

    private VerifiedCallers() {
    }

    static TokenVerifier.VerifiedCaller fromVerifiedToken(String token, ClientAutorisaties autorisaties) {
        return JwtChecks.caller(JwtChecks.unverifiedClaims(token), autorisaties);
    }
}
