package nl.zgw.shared.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.zgw.shared.http.OutboundHttp;

import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;
import nl.zgw.shared.tenant.CurrentTenant;
import nl.zgw.shared.tenant.Tenant;
import nl.zgw.shared.tenant.Tenants;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    TokenVerifier tokenVerifier(AuthConfig auth, ClientSecretSource secrets,
                                AutorisatiesSource autorisaties, ZgwTokenSigner signer, ObjectMapper mapper,
                                OutboundHttp http, Tenants tenants, ResourceUrls urls) {
        if (auth.mode() == AuthConfig.Mode.LOCAL) {
            if (tenants.declared()) {
                org.jboss.logging.Logger.getLogger(AuthBeans.class).warn("zgw.auth.mode=local with tenants declared: "
                        + "the clients of zgw.auth.clients are the same for every tenant (for tests and development only)");
            }
            return new LocalTokenVerifier(secrets, autorisaties, auth);
        }
        // the verify endpoint beside the current tenant's Autorisaties API (ADR 0022; the one base URL
        // without tenants), or zgw.auth.verify-url inside the cluster, told the tenant by the Host it sends
        java.util.function.Supplier<URI> url;
        java.util.function.Supplier<String> host = () -> null;
        if (auth.verifyUrl().isPresent()) {
            URI binnen = URI.create(auth.verifyUrl().get());
            url = () -> binnen;
            if (tenants.declared()) {
                OutboundHttp.requireHostHeader();
                host = () -> CurrentTenant.get().map(Tenant::host).orElse(null);
            }
        } else {
            Map<Tenant, URI> perTenant = new ConcurrentHashMap<>();
            url = () -> perTenant.computeIfAbsent(CurrentTenant.get().orElse(Tenant.ENIG),
                    t -> verifyUrl(urls.baseUrl(ZgwApi.AUTORISATIES).toString()));
        }
        return new RemoteTokenVerifier(url, host, signer, mapper, auth.timeout(), http, auth.verifyValidity(),
                auth.maxAge());
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    AutorisatiesSource noAutorisaties() {
        return clientId -> Optional.empty();
    }

    private static URI verifyUrl(String autorisatiesBase) {
        String base = autorisatiesBase.replaceAll("/+$", "");
        String root = base.endsWith("/api/v1") ? base.substring(0, base.length() - "/api/v1".length()) : base;
        return URI.create(root + "/intern/v1/verify");
    }
}
