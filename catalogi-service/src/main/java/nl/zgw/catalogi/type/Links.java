package nl.zgw.catalogi.type;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;

import java.util.List;
import java.util.UUID;

/** The URLs of catalogussen and types, and reading our own URLs back from client input. */
@ApplicationScoped
public class Links {

    public static final String CATALOGUSSEN = "catalogussen";

    private final ResourceUrls urls;

    public Links(ResourceUrls urls) {
        this.urls = urls;
    }

    public String catalogus(UUID uuid) {
        return urls.own(CATALOGUSSEN, uuid).toString();
    }

    public String of(Soort soort, UUID uuid) {
        return uuid == null ? null : urls.own(soort.collection(), uuid).toString();
    }

    public boolean looksLikeUrl(String value) {
        return value != null && (value.startsWith("http://") || value.startsWith("https://"));
    }

    /** The collection and uuid of one of our own resource URLs, e.g. ({@code zaaktypen}, uuid). */
    public java.util.Optional<Target> target(String url) {
        if (url == null || !looksLikeUrl(url)) {
            return java.util.Optional.empty();
        }
        ResourceUrl parsed;
        try {
            parsed = ResourceUrl.of(url);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        List<String> segments = parsed.segments();
        if (segments.size() < 2) {
            return java.util.Optional.empty();
        }
        String collection = segments.get(segments.size() - 2);
        return urls.ownUuid(parsed, collection).map(uuid -> new Target(collection, uuid));
    }

    public record Target(String collection, UUID uuid) {
    }

    /**
     * The UUID in one of our own URLs of {@code collection}; a URL of anything else is a 400
     * {@code no_match} on {@code field}.
     */
    public UUID uuid(String field, String url, String collection) {
        ResourceUrl parsed = ResourceUrl.parse(field, url);
        return urls.ownUuid(parsed, collection).orElseThrow(() -> ValidationException.of(field, "no_match",
                "Ongeldige hyperlink - De URL is geen " + collection + "-resource van deze Catalogi API."));
    }
}
