package nl.zgw.besluiten.besluit.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;

/**
 * brc-001: the besluittype a new besluit names, read from the suite's Catalogi API with this
 * service's own client (cached as the Catalogi API allows): a URL of that API's besluittypen that
 * exists ({@code bad-url}), has the shape of a besluittype ({@code invalid-resource}) and is
 * published ({@code not-published}). That it does not change afterwards is {@link Onveranderlijk}.
 */
@ApplicationScoped
public class Besluittype {

    public static final String VELD = "besluittype";
    public static final String BAD_URL = "bad-url";
    public static final String INVALID_RESOURCE = "invalid-resource";
    public static final String NOT_PUBLISHED = "not-published";
    private static final int MAX_LENGTH = 200;

    private final RemoteResources remote;
    private final ResourceUrls urls;

    public Besluittype(RemoteResources remote, ResourceUrls urls) {
        this.remote = remote;
        this.urls = urls;
    }

    /** The published besluittype at {@code url}. */
    public JsonNode gepubliceerd(String url) {
        ResourceUrl parsed = ResourceUrl.parse(VELD, url, MAX_LENGTH);
        if (urls.apiOf(parsed).filter(api -> api == ZgwApi.CATALOGI).isEmpty()
                || !parsed.segments().contains("besluittypen")) {
            throw ValidationException.of(VELD, BAD_URL, "De URL " + url + " is geen besluittype van de Catalogi API ("
                    + urls.baseUrl(ZgwApi.CATALOGI) + ").");
        }
        JsonNode type = remote.get(parsed).orElseThrow(() -> ValidationException.of(VELD, BAD_URL,
                "De URL " + url + " bestaat niet."));
        if (!type.hasNonNull("catalogus") || !type.has("publicatieIndicatie") || !type.has("informatieobjecttypen")) {
            throw ValidationException.of(VELD, INVALID_RESOURCE, "De URL " + url + " is geen besluittype.");
        }
        if (type.path("concept").asBoolean(false)) {
            throw ValidationException.of(VELD, NOT_PUBLISHED, "Het besluittype is nog niet gepubliceerd.");
        }
        return type;
    }
}
