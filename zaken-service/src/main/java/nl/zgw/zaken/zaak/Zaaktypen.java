package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;

/**
 * The zaaktype a zaak names, read from the Catalogi API with this service's own client (cached
 * as the Catalogi API allows): it must exist ({@code bad-url}), be a zaaktype
 * ({@code invalid-resource}) and be published ({@code not-published}).
 */
@ApplicationScoped
public class Zaaktypen {

    private final RemoteResources remote;

    public Zaaktypen(RemoteResources remote) {
        this.remote = remote;
    }

    public JsonNode published(String field, String url) {
        ResourceUrl parsed = ResourceUrl.parse(field, url);
        JsonNode zaaktype = remote.get(parsed).orElseThrow(() -> ValidationException.of(field, "bad-url",
                "De URL " + url + " bestaat niet."));
        if (!zaaktype.hasNonNull("identificatie") || !zaaktype.hasNonNull("catalogus")
                || !zaaktype.has("statustypen")) {
            throw ValidationException.of(field, "invalid-resource", "De URL " + url + " is geen zaaktype.");
        }
        if (zaaktype.path("concept").asBoolean(false)) {
            throw ValidationException.of(field, "not-published", "Het zaaktype is nog niet gepubliceerd.");
        }
        return zaaktype;
    }
}
