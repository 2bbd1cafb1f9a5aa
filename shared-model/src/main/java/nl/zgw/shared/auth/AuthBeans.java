package nl.zgw.shared.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.http.OutboundHttp;

import java.net.URI;
import java.util.Optional;

/**
 * The default wiring: services verify tokens through the Autorisaties API
 * ({@code zgw.auth.mode=remote}); {@code local} verifies against this process's own sources. A
 * service that holds the data itself (the Autorisaties API) provides its own {@link TokenVerifier}.
 */
@ApplicationScoped
public class AuthBeans {

    @Produces
    @DefaultBean
    @ApplicationScoped
    TokenVerifier tokenVerifier(AuthConfig auth, ZgwConfig zgw, ClientSecretSource secrets,
                                AutorisatiesSource autorisaties, ZgwTokenSigner signer, ObjectMapper mapper,
                                OutboundHttp http) {
        if (auth.mode() == AuthConfig.Mode.LOCAL) {
            return new LocalTokenVerifier(secrets, autorisaties, auth);
        }
        return new RemoteTokenVerifier(verifyUrl(auth, zgw), signer, mapper, auth.timeout(), http, auth.verifyValidity(),
                auth.maxAge());
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    AutorisatiesSource noAutorisaties() {
        return clientId -> Optional.empty();
    }

    /** {@code zgw.auth.verify-url}, or beside the Autorisaties API's base path: {@code /autorisaties/intern/v1/verify}. */
    static URI verifyUrl(AuthConfig auth, ZgwConfig zgw) {
        return auth.verifyUrl().map(URI::create).orElseGet(() -> {
            String base = zgw.baseUrls().autorisaties().replaceAll("/+$", "");
            String root = base.endsWith("/api/v1") ? base.substring(0, base.length() - "/api/v1".length()) : base;
            return URI.create(root + "/intern/v1/verify");
        });
    }
}
