package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;
import nl.zgw.zaken.onderdeel.Expander;
import nl.zgw.zaken.onderdeel.Velden;
import nl.zgw.zaken.onderdeel.ZaakRolFilter;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The body of {@code POST /zaken/_zoek}, read once: the list filters, {@code uuid__in} and
 * {@code zaaktype__in}, the rol filters, ordering, maximum vertrouwelijkheidaanduiding, the area of
 * {@code zaakgeometrie.within}, either {@code expand} or {@code fields} (zrc-029), and the page.
 */
public record ZaakZoekopdracht(ZaakFilters filters, Where where, String ordering,
                               String maximaleVertrouwelijkheidaanduiding, Geometry within, String expand,
                               Velden velden, PageRequest page) {

    /**
     * Reads {@code body}; {@code expandParameter} is the query's {@code expand}, which the body's
     * overrides, {@code page} the query's page. Checked in the order clients have always seen:
     * the rol filters, expand and fields, the page, then the search itself.
     */
    public static ZaakZoekopdracht parse(ObjectNode body, String expandParameter, String page, ZaakRolFilter rol,
                                         Expander expander) {
        Map<String, String> rolWaarden = rolWaarden(body, rol);
        String expand = expandParameter;
        if (expand != null) {
            expander.parse("zaak", expand);
        }
        if (body.has("expand")) {
            expand = tekst(body, "expand");
            expander.parse("zaak", expand);
        }
        Velden velden = null;
        if (body.has("fields")) { // zrc-029: either fields or expand
            if (expand != null) {
                throw ValidationException.of("fields", "invalid", "Gebruik fields of expand, niet allebei.");
            }
            velden = Velden.parse("fields", body.get("fields"));
            expand = velden.expand("zaak");
            expander.parse("zaak", expand);
        }
        Where rolFilters = rol.where(rolWaarden);
        PageRequest request = PageRequest.parse(page);
        if (body.isEmpty()) {
            throw new ValidationException(List.of(FieldValidationError.nonField("empty_search_body",
                    "Geef minstens één zoekcriterium.")));
        }
        Set<String> elsewhere = new HashSet<>(rol.names());
        elsewhere.addAll(Set.of("expand", "fields", "uuid__in", "zaaktype__in", "ordering",
                "maximaleVertrouwelijkheidaanduiding", "zaakgeometrie"));
        ZaakFilters filters = ZaakFilters.of(body, elsewhere);
        Where where = lijsten(body).and(rolFilters);
        String ordering = body.hasNonNull("ordering") ? body.get("ordering").asText() : null;
        String max = body.hasNonNull("maximaleVertrouwelijkheidaanduiding")
                ? body.get("maximaleVertrouwelijkheidaanduiding").asText() : null;
        return new ZaakZoekopdracht(filters, where, ordering, max, gebied(body), expand, velden, request);
    }

    private static Map<String, String> rolWaarden(ObjectNode body, ZaakRolFilter rol) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : rol.names()) {
            if (body.has(name)) {
                values.put(name.substring(ZaakRolFilter.PREFIX.length()), tekst(body, name));
            }
        }
        return values;
    }

    /** {@code uuid__in} and {@code zaaktype__in}; an empty list matches nothing. */
    private static Where lijsten(ObjectNode body) {
        for (String list : List.of("uuid__in", "zaaktype__in")) {
            if (body.has(list) && !body.get(list).isArray()) {
                throw ValidationException.of(list, "not_a_list", "Verwacht een lijst.");
            }
        }
        Where where = new Where();
        if (body.has("uuid__in")) {
            List<UUID> uuids = new ArrayList<>();
            for (JsonNode u : body.path("uuid__in")) {
                try {
                    uuids.add(UUID.fromString(u.asText()));
                } catch (IllegalArgumentException e) {
                    throw ValidationException.of("uuid__in", "invalid", "Geen geldige UUID: " + u.asText() + ".");
                }
            }
            where.and("uuid = ANY(?)", uuids.isEmpty() ? List.of(new UUID(0, 0)) : uuids);
        }
        if (body.has("zaaktype__in")) {
            List<String> types = new ArrayList<>();
            body.path("zaaktype__in").forEach(t -> types.add(t.asText()));
            where.and("zaaktype = ANY(?)", types.isEmpty() ? List.of("") : types);
        }
        return where;
    }

    private static Geometry gebied(ObjectNode body) {
        if (!body.has("zaakgeometrie")) {
            return null;
        }
        JsonNode area = body.get("zaakgeometrie").get("within");
        if (area == null || area.isNull()) {
            throw ValidationException.of("zaakgeometrie.within", "required", "Geef het gebied (GeoJSON) op.");
        }
        return Geometrie.read("zaakgeometrie.within", area);
    }

    private static String tekst(ObjectNode body, String name) {
        if (!body.get(name).isTextual()) {
            throw ValidationException.of(name, "invalid", "Verwacht een tekst.");
        }
        return body.get(name).asText();
    }
}
