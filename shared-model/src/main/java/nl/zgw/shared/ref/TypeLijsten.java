package nl.zgw.shared.ref;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a Catalogi type is among the types another type lists (a zaaktype's
 * informatieobjecttypen or besluittypen, a besluittype's informatieobjecttypen): by URL, or, as
 * the lists name one version of a type, by its omschrijving within the same catalogus. The types
 * are read through {@link RemoteResources} (cached as the Catalogi API allows).
 */
public final class TypeLijsten {

    private TypeLijsten() {
    }

    /** True when {@code type} (a URL) is in {@code lijst} (an array of URLs) or has the omschrijving and catalogus of one. */
    public static boolean bevat(RemoteResources remote, JsonNode lijst, String type) {
        for (JsonNode url : lijst) {
            if (url.asText().equals(type)) {
                return true;
            }
        }
        JsonNode gezocht = remote.get(ResourceUrl.of(type)).orElse(null);
        if (gezocht == null) {
            return false;
        }
        for (JsonNode url : lijst) {
            JsonNode t = remote.get(ResourceUrl.of(url.asText())).orElse(null);
            if (t != null && t.path("omschrijving").asText().equals(gezocht.path("omschrijving").asText())
                    && t.path("catalogus").asText().equals(gezocht.path("catalogus").asText())) {
                return true;
            }
        }
        return false;
    }
}
