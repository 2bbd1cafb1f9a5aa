package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;

/**
 * The zaaktype a zaak names, read from the Catalogi API with this service's own client (cached
 * as the Catalogi API allows): it must exist ({@code bad-url}), be a zaaktype
 * ({@code invalid-resource}) and be published ({@code not-published}).
 */
@ApplicationScoped
public class Zaaktypen {

    private final RemoteResources remote;
    private final ResourceUrls urls;
    private final ExterneBronnen extern;

    public Zaaktypen(RemoteResources remote, ResourceUrls urls, ExterneBronnen extern) {
        this.extern = extern;
        this.remote = remote;
        this.urls = urls;
    }

    /** The zaaktype at {@code url}; only URLs of the configured Catalogi API are read (with this service's token). */
    public JsonNode published(String field, String url) {
        JsonNode zaaktype = type(field, url, "zaaktypen");
        if (!zaaktype.hasNonNull("identificatie") || !zaaktype.hasNonNull("catalogus")
                || !zaaktype.has("statustypen")) {
            throw ValidationException.of(field, "invalid-resource", "De URL " + url + " is geen zaaktype.");
        }
        if (zaaktype.path("concept").asBoolean(false)) {
            throw ValidationException.of(field, "not-published", "Het zaaktype is nog niet gepubliceerd.");
        }
        return zaaktype;
    }

    /**
     * A type of the Catalogi API ({@code collection}: statustypen, roltypen, ...) that a field
     * names: it must be a URL of that collection that exists ({@code bad-url}; another resource of
     * the suite or of an allowed external source that exists is {@code invalid-resource}; any other
     * URL is never fetched)
     * and, unless it is a zaaktype, names its zaaktype ({@code invalid-resource}).
     */
    public JsonNode type(String field, String url, String collection) {
        ResourceUrl parsed = ResourceUrl.parse(field, url);
        if (urls.apiOf(parsed).isEmpty()) {
            // outside the suite: a zaaktype (checked before any lock) is fetched under the allowed external
            // sources (ExterneBronnen) to tell a wrong kind from a bad URL; other types are not fetched
            boolean bestaat = false;
            if ("zaaktypen".equals(collection)) {
                try {
                    bestaat = extern.get(field, url).isPresent();
                } catch (ValidationException nietToegestaan) {
                    bestaat = false;
                }
            }
            throw ValidationException.of(field, bestaat ? "invalid-resource" : "bad-url", "De URL " + url + " is geen "
                    + collection + " van de Catalogi API (" + urls.baseUrl(ZgwApi.CATALOGI) + ").");
        }
        if (urls.apiOf(parsed).filter(api -> api == ZgwApi.CATALOGI).isEmpty()
                || !parsed.segments().contains(collection)) {
            // zrc-001: another resource of the Catalogi API that exists is the wrong kind, one that does not a
            // bad URL; the other APIs of the suite are not asked (their objects are not the caller's to probe)
            boolean bestaat = false;
            if (urls.apiOf(parsed).filter(api -> api == ZgwApi.CATALOGI).isPresent()) {
                try {
                    bestaat = remote.get(parsed).isPresent();
                } catch (nl.zgw.shared.problem.UpstreamException e) {
                    bestaat = false;
                }
            }
            throw ValidationException.of(field, bestaat ? "invalid-resource" : "bad-url", "De URL " + url + " is geen "
                    + collection + " van de Catalogi API (" + urls.baseUrl(ZgwApi.CATALOGI) + ").");
        }
        JsonNode type = remote.get(parsed).orElseThrow(() -> ValidationException.of(field, "bad-url",
                "De URL " + url + " bestaat niet."));
        if (!"zaaktypen".equals(collection) && !type.hasNonNull("zaaktype")) {
            throw ValidationException.of(field, "invalid-resource", "De URL " + url + " is geen " + collection + ".");
        }
        return type;
    }
}
