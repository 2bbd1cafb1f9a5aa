package nl.zgw.documenten.informatieobject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.sql.Where;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The filters of the list of enkelvoudiginformatieobjecten and of {@code _zoek}, each an indexed
 * SQL condition on the document (its latest version). A malformed value is a 400 naming it.
 */
public record InformatieObjectFilters(String identificatie, String bronorganisatie, String trefwoorden,
                                      String objectinformatieobjectenObject, String objectinformatieobjectenObjectType,
                                      List<UUID> uuidIn) {

    private static final Set<String> OBJECT_TYPES = Set.of("besluit", "zaak", "verzoek");

    public Where where() {
        Where where = new Where();
        if (identificatie != null) {
            where.and("io.identificatie = ?", identificatie);
        }
        if (bronorganisatie != null) {
            where.and("io.bronorganisatie = ?", bronorganisatie);
        }
        if (trefwoorden != null && !trefwoorden.isEmpty()) {
            List<String> woorden = Arrays.stream(trefwoorden.split(",")).map(String::trim).filter(w -> !w.isEmpty()).toList();
            where.and("io.trefwoorden @> ?::text[]", woorden);
        }
        if (objectinformatieobjectenObject != null) {
            ResourceUrl.parse("objectinformatieobjecten_object", objectinformatieobjectenObject);
            where.and("EXISTS (SELECT 1 FROM objectinformatieobject o WHERE o.informatieobject = io.uuid AND o.object = ?)",
                    objectinformatieobjectenObject);
        }
        if (objectinformatieobjectenObjectType != null) {
            if (!OBJECT_TYPES.contains(objectinformatieobjectenObjectType)) {
                throw ValidationException.of("objectinformatieobjecten_objectType", "invalid_choice",
                        "Kies uit besluit, zaak of verzoek.");
            }
            where.and("EXISTS (SELECT 1 FROM objectinformatieobject o WHERE o.informatieobject = io.uuid "
                    + "AND o.object_type = ?)", objectinformatieobjectenObjectType);
        }
        if (uuidIn != null) {
            where.in("io.uuid", uuidIn);
        }
        return where;
    }

    /** The body of {@code POST /enkelvoudiginformatieobjecten/_zoek}: {@code uuid__in} and the list filters. */
    public static InformatieObjectFilters zoek(ObjectNode body) {
        if (body.isEmpty()) {
            throw new ValidationException(List.of(FieldValidationError.nonField("empty_search_body",
                    "Geef minstens één zoekcriterium.")));
        }
        Set<String> bekend = Set.of("uuid__in", "identificatie", "bronorganisatie", "expand");
        List<String> onbekend = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!bekend.contains(f)) {
                onbekend.add(f);
            }
        });
        if (!onbekend.isEmpty()) {
            throw new ValidationException(List.of(FieldValidationError.nonField("unknown-parameters",
                    "Onbekende zoekcriteria: " + String.join(", ", onbekend) + ".")));
        }
        JsonNode lijst = body.get("uuid__in");
        if (lijst == null || lijst.isNull()) {
            throw ValidationException.of("uuid__in", "required", "Dit veld is vereist.");
        }
        if (!lijst.isArray()) {
            throw ValidationException.of("uuid__in", "not_a_list", "Verwacht een lijst.");
        }
        List<UUID> uuids = new ArrayList<>();
        for (JsonNode u : lijst) {
            try {
                uuids.add(UUID.fromString(u.asText()));
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("uuid__in", "invalid", "Geen geldige UUID: " + u.asText() + ".");
            }
        }
        return new InformatieObjectFilters(tekst(body, "identificatie"), tekst(body, "bronorganisatie"), null, null, null,
                uuids);
    }

    private static String tekst(ObjectNode body, String veld) {
        JsonNode waarde = body.get(veld);
        if (waarde == null || waarde.isNull()) {
            return null;
        }
        if (!waarde.isTextual()) {
            throw ValidationException.of(veld, "invalid", "Verwacht een tekst.");
        }
        return waarde.asText();
    }
}
