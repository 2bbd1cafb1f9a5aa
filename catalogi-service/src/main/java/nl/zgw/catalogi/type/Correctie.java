package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * A correction of a published type (scope {@code catalogi.geforceerd-schrijven}) may only extend
 * it: no relation or other element of a list field (besluittypen, informatieobjecttypen,
 * deelzaaktypen, gerelateerdeZaaktypen, trefwoorden, ...) is removed, so zaken, besluiten and
 * documents of the type stay valid. An element of an object list is known by what it names
 * ({@code zaaktype} of a gerelateerd zaaktype, {@code itemnaam} of a checklistitem), so its other
 * fields may be corrected. A removal is refused as {@code non-concept-object} (the type
 * itself) or {@code non-concept-zaaktype} (a type of a published zaaktype).
 */
final class Correctie {

    private Correctie() {
    }

    static void alleenUitbreiden(JsonNode before, JsonNode after, String code) {
        for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().startsWith("_") || !field.getValue().isArray()) {
                continue; // derived, or not a list
            }
            JsonNode now = after.path(field.getKey());
            for (JsonNode element : field.getValue()) {
                if (!contains(now, element)) {
                    throw TypeService.nonFieldError(code, "Een correctie van een gepubliceerd type mag alleen "
                            + "uitbreiden; '" + element.asText(element.toString()) + "' mag niet uit "
                            + field.getKey() + " verdwijnen.");
                }
            }
        }
    }

    /** The fields that name an element of an object list: another of its fields may be corrected. */
    private static final java.util.List<String> KEYS = java.util.List.of("zaaktype", "itemnaam", "naam", "url");

    private static boolean contains(JsonNode list, JsonNode element) {
        if (!list.isArray()) {
            return false;
        }
        for (JsonNode candidate : list) {
            if (key(candidate).equals(key(element))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode key(JsonNode element) {
        if (element.isObject()) {
            for (String key : KEYS) {
                if (element.hasNonNull(key)) {
                    return element.get(key);
                }
            }
        }
        return element;
    }
}
