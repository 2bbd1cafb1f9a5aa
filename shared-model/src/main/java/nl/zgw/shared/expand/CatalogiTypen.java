package nl.zgw.shared.expand;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The Catalogi types an {@code expand} shows (ADR 0017): read with the service's own client, all at
 * once and each once, cached as the Catalogi API allows; shown only to a caller that could read them
 * directly, which the Catalogi API allows with {@code catalogi.lezen} and also with
 * {@code zaken.lezen} or {@code documenten.lezen} (ztc-014). URLs that are not of the suite's
 * Catalogi API are not read (the service's token goes there only).
 */
@ApplicationScoped
public class CatalogiTypen {

    private final RemoteResources remote;
    private final ResourceUrls urls;
    private final CurrentCaller caller;

    public CatalogiTypen(RemoteResources remote, ResourceUrls urls, CurrentCaller caller) {
        this.remote = remote;
        this.urls = urls;
        this.caller = caller;
    }

    /** The scopes with which the Catalogi API lets a client read its types (ztc-014). */
    public static final List<String> LEES_SCOPES = List.of("catalogi.lezen", "zaken.lezen", "documenten.lezen");

    /** True when the caller may read Catalogi types itself. */
    public boolean leesbaar() {
        return LEES_SCOPES.stream().anyMatch(s -> caller.autorisaties().allows(Component.granting(s, Component.ZTC), s));
    }

    /**
     * The types at {@code wanted} that exist, by URL as given; none for a caller that may not read
     * them ({@link #leesbaar}). A failing Catalogi API throws as {@link RemoteResources#getAll}.
     */
    public Map<String, JsonNode> lees(Collection<String> wanted) {
        return LezenAlsAanroeper.wacht(leesAsync(wanted));
    }

    /**
     * As {@link #lees}, without waiting; the caller's rights are read here, so call it on the
     * request's thread. The future fails when the Catalogi API does.
     */
    public CompletableFuture<Map<String, JsonNode>> leesAsync(Collection<String> wanted) {
        if (!leesbaar()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Map<ResourceUrl, String> perUrl = new LinkedHashMap<>();
        for (String url : wanted) {
            try {
                ResourceUrl type = ResourceUrl.of(url);
                if (urls.apiOf(type).filter(api -> api == ZgwApi.CATALOGI).isPresent()) {
                    perUrl.put(type, url);
                }
            } catch (IllegalArgumentException notAUrl) {
                // not expanded
            }
        }
        return remote.getAllAsync(perUrl.keySet()).thenApply(gelezen -> {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            gelezen.forEach((type, body) -> body.filter(JsonNode::isObject)
                    .ifPresent(t -> out.put(perUrl.get(type), t.deepCopy())));
            return out;
        });
    }
}
