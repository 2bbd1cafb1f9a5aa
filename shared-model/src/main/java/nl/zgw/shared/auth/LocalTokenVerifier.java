package nl.zgw.shared.auth;

import org.jose4j.jwt.JwtClaims;

/**
 * Verifies against secrets and autorisaties this process holds itself ({@link ClientSecretSource},
 * {@link AutorisatiesSource}): used by the Autorisaties API and by tests.
 */
public class LocalTokenVerifier implements TokenVerifier {

    private final ClientSecretSource secrets;
    private final AutorisatiesSource autorisaties;
    private final AuthConfig config;

    public LocalTokenVerifier(ClientSecretSource secrets, AutorisatiesSource autorisaties, AuthConfig config) {
        this.secrets = secrets;
        this.autorisaties = autorisaties;
        this.config = config;
    }

    @Override
    public VerifiedCaller verify(String token) {
        JwtClaims claims = JwtChecks.verify(token, secrets::secretFor, config.leeway(), config.maxAge());
        String clientId = JwtChecks.stringClaim(claims, ZgwClaims.CLIENT_ID);
        return JwtChecks.caller(claims, autorisaties.forClient(clientId).orElse(ClientAutorisaties.none(clientId)));
    }
}
