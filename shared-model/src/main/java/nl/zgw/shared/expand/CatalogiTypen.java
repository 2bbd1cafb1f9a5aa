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
import java.util.Map;

/**
 * The Catalogi types an {@code expand} shows (ADR 0017): read with the service's own client, all at
 * once and each once, cached as the Catalogi API allows; shown only to a caller that could read them
 * directly ({@code catalogi.lezen}). URLs that are not of the suite's Catalogi API are not read (the
 * service's token goes there only).
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

    /** True when the caller may read Catalogi types itself. */
    public boolean leesbaar() {
        return caller.autorisaties().allows(Component.ZTC, "catalogi.lezen");
    }

    /**
     * The types at {@code wanted} that exist, by URL as given; none for a caller without
     * {@code catalogi.lezen}. A failing Catalogi API throws as {@link RemoteResources#getAll}.
     */
    public Map<String, JsonNode> lees(Collection<String> wanted) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (!leesbaar()) {
            return out;
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
        remote.getAll(perUrl.keySet()).forEach((type, body) -> body.filter(JsonNode::isObject)
                .ifPresent(t -> out.put(perUrl.get(type), t.deepCopy())));
        return out;
    }
}
