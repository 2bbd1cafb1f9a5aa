package nl.zgw.shared.ref;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.tenant.CurrentTenant;
import nl.zgw.shared.tenant.Tenant;
import nl.zgw.shared.tenant.Tenants;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds and recognises resource URLs from the configured public base URLs of the suite: the URL
 * of one of our own resources, and which API a remote URL belongs to. Own resources are stored by
 * UUID, remote ones by full URL. With tenants declared (ADR 0022) the base URLs are the current
 * tenant's: the configured ones with the tenant's host, so a URL of one tenant is a remote URL to
 * every other.
 */
@ApplicationScoped
public class ResourceUrls {

    private final ZgwApi self;
    /** The configured base URLs: those of the implicit tenant, and of code that runs for no tenant. */
    private final Map<ZgwApi, URI> configured = new EnumMap<>(ZgwApi.class);
    /** Each tenant's base URLs, made at its first use (tenants may be added while the service runs). */
    private final Map<Tenant, Map<ZgwApi, URI>> perTenant = new ConcurrentHashMap<>();
    private final boolean declared;

    public ResourceUrls(ZgwConfig config, Tenants tenants) {
        this.self = config.component();
        ZgwConfig.BaseUrls urls = config.baseUrls();
        configured.put(ZgwApi.ZAKEN, base(urls.zaken()));
        configured.put(ZgwApi.CATALOGI, base(urls.catalogi()));
        configured.put(ZgwApi.DOCUMENTEN, base(urls.documenten()));
        configured.put(ZgwApi.BESLUITEN, base(urls.besluiten()));
        configured.put(ZgwApi.AUTORISATIES, base(urls.autorisaties()));
        configured.put(ZgwApi.NOTIFICATIES, base(urls.notificaties()));
        this.declared = tenants.declared();
    }

    /** The base URLs of the current tenant. */
    private Map<ZgwApi, URI> bases() {
        Tenant t = declared ? CurrentTenant.get().orElse(Tenant.ENIG) : Tenant.ENIG;
        if (t.impliciet()) {
            return configured;
        }
        Map<ZgwApi, URI> own = perTenant.get(t);
        return own != null ? own : perTenant.computeIfAbsent(t, this::basesOf);
    }

    private Map<ZgwApi, URI> basesOf(Tenant t) {
        Map<ZgwApi, URI> own = new EnumMap<>(ZgwApi.class);
        configured.forEach((api, uri) -> own.put(api, withHost(uri, t.host())));
        return own;
    }

    public ZgwApi self() {
        return self;
    }

    /** The public base URL of {@code api}, without trailing slash. */
    public URI baseUrl(ZgwApi api) {
        return bases().get(api);
    }

    /** {@code <own base>/<collection>/<uuid>}, e.g. {@code .../zaken/api/v1/zaken/7c1...}. */
    public ResourceUrl own(String collection, UUID uuid) {
        return of(self, collection, uuid);
    }

    /** {@link #own} as text, without parsing it back: for the many URLs of a page. */
    public String ownText(String collection, UUID uuid) {
        return bases().get(self) + "/" + collection + "/" + uuid;
    }

    public ResourceUrl of(ZgwApi api, String collection, UUID uuid) {
        return new ResourceUrl(URI.create(bases().get(api) + "/" + collection + "/" + uuid));
    }

    public boolean isOwn(ResourceUrl url) {
        return url.isUnder(bases().get(self));
    }

    /** The API of the suite whose base URL {@code url} lies under, if any. */
    public Optional<ZgwApi> apiOf(ResourceUrl url) {
        return bases().entrySet().stream().filter(e -> url.isUnder(e.getValue())).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The UUID of one of our own resources in {@code collection}, when {@code url} is exactly
     * {@code <own base>/<collection>/<uuid>}.
     */
    public Optional<UUID> ownUuid(ResourceUrl url, String collection) {
        return uuid(url, self, collection);
    }

    /**
     * The UUID of a resource of {@code api} in {@code collection}, when {@code url} is exactly
     * {@code <base of api>/<collection>/<uuid>}.
     */
    public Optional<UUID> uuid(ResourceUrl url, ZgwApi api, String collection) {
        URI apiBase = bases().get(api);
        if (apiBase == null || !url.isUnder(apiBase)) {
            return Optional.empty();
        }
        List<String> base = new ResourceUrl(apiBase).segments();
        List<String> segments = url.segments();
        if (segments.size() != base.size() + 2 || !segments.get(base.size()).equals(collection)) {
            return Optional.empty();
        }
        return url.uuid();
    }

    /** The public URL a client used for {@code pathAndQuery} (which starts after the base path). */
    public URI ownUrl(String pathAndQuery) {
        return URI.create(bases().get(self) + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery);
    }

    /**
     * The URL a client called, as it sees it: the part of {@code requestUri} from this API's base
     * path on, placed under the public base URL (so links work behind an ingress that rewrites
     * host or scheme).
     */
    public URI publicRequestUrl(URI requestUri) {
        String basePath = bases().get(self).getPath();
        String path = requestUri.getRawPath();
        int at = basePath == null || basePath.isEmpty() ? -1 : path.indexOf(basePath);
        String rest = at >= 0 ? path.substring(at + basePath.length()) : path;
        String query = requestUri.getRawQuery();
        return ownUrl(query == null ? rest : rest + "?" + query);
    }

    private static URI withHost(URI base, String host) {
        try {
            return new URI(base.getScheme(), base.getUserInfo(), host, base.getPort(), base.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Base URL " + base + " with host " + host + " is not a URL", e);
        }
    }

    private static URI base(String raw) {
        return URI.create(raw.replaceAll("/+$", ""));
    }
}
