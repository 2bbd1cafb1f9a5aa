package nl.zgw.autorisaties.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.autorisaties.applicatie.ApplicatieService;
import nl.zgw.autorisaties.credential.CredentialService;
import nl.zgw.shared.auth.AuthConfig;
import nl.zgw.shared.auth.ClientAutorisaties;
import nl.zgw.shared.auth.JwtChecks;
import nl.zgw.shared.auth.TokenVerifier;
import nl.zgw.shared.auth.ZgwClaims;
import org.jose4j.jwt.JwtClaims;

/**
 * The Autorisaties API verifies tokens against its own database: the client's encrypted secret and
 * its applicatie, read afresh for every token, so a change is in force for the next request on
 * every replica.
 */
@ApplicationScoped
public class DatabaseTokenVerifier implements TokenVerifier {

    private final CredentialService credentials;
    private final ApplicatieService applicaties;
    private final AuthConfig config;

    public DatabaseTokenVerifier(CredentialService credentials, ApplicatieService applicaties, AuthConfig config) {
        this.credentials = credentials;
        this.applicaties = applicaties;
        this.config = config;
    }

    @Override
    @Transactional
    public VerifiedCaller verify(String token) {
        JwtClaims claims = JwtChecks.verify(token, credentials::secretFor, config.leeway(), config.maxAge());
        String clientId = JwtChecks.stringClaim(claims, ZgwClaims.CLIENT_ID);
        ClientAutorisaties autorisaties = applicaties.autorisatiesOf(clientId)
                .orElse(ClientAutorisaties.none(clientId));
        return new VerifiedCaller(clientId, JwtChecks.stringClaim(claims, ZgwClaims.USER_ID),
                JwtChecks.stringClaim(claims, ZgwClaims.USER_REPRESENTATION), autorisaties);
    }
}
