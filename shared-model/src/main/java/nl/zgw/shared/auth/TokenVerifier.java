package nl.zgw.shared.auth;

/**
 * Checks a ZGW JWT and says who the caller is and what it may do. Services ask the Autorisaties
 * API ({@link RemoteTokenVerifier}); the Autorisaties API itself checks against its own database.
 */
public interface TokenVerifier {

    /** The verified caller; throws {@link InvalidTokenException} when the token is not valid. */
    VerifiedCaller verify(String token);

    /** The outcome of a verification. */
    record VerifiedCaller(String clientId, String userId, String userRepresentation,
                          ClientAutorisaties autorisaties) {
    }

    /** The token is not valid: wrong signature, unknown client, bad or stale {@code iat}, wrong algorithm. */
    final class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message, null, false, false);
        }
    }
}
