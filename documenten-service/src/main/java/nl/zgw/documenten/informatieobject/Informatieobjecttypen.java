package nl.zgw.documenten.informatieobject;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;

/**
 * drc-001: the informatieobjecttype a document names, read from the Catalogi API with this
 * service's own client (cached as the Catalogi API allows): a URL of that API that exists
 * ({@code bad-url}), is an informatieobjecttype ({@code invalid-resource}) and is published
 * ({@code not-published}).
 */
@ApplicationScoped
public class Informatieobjecttypen {

    private final RemoteResources remote;
    private final ResourceUrls urls;

    public Informatieobjecttypen(RemoteResources remote, ResourceUrls urls) {
        this.remote = remote;
        this.urls = urls;
    }

    public JsonNode gepubliceerd(String field, String url) {
        ResourceUrl parsed = ResourceUrl.parse(field, url);
        if (urls.apiOf(parsed).filter(api -> api == ZgwApi.CATALOGI).isEmpty()
                || !parsed.segments().contains("informatieobjecttypen")) {
            throw ValidationException.of(field, "bad-url", "De URL " + url + " is geen informatieobjecttype van de "
                    + "Catalogi API (" + urls.baseUrl(ZgwApi.CATALOGI) + ").");
        }
        JsonNode type = remote.get(parsed).orElseThrow(() -> ValidationException.of(field, "bad-url",
                "De URL " + url + " bestaat niet."));
        if (!type.hasNonNull("omschrijving") || Vertrouwelijkheidaanduiding.ofValue(
                type.path("vertrouwelijkheidaanduiding").asText()).isEmpty()) {
            throw ValidationException.of(field, "invalid-resource", "De URL " + url + " is geen informatieobjecttype.");
        }
        if (type.path("concept").asBoolean(false)) {
            throw ValidationException.of(field, "not-published", "Het informatieobjecttype is nog niet gepubliceerd.");
        }
        return type;
    }
}
