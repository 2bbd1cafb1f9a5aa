package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Where;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code rol__} filters of the zaken list and of {@code _zoek}: zaken with a rol that matches
 * all of them (betrokkeneType, betrokkene, omschrijvingGeneriek, betrokkeneIdentificatie fields).
 */
@ApplicationScoped
public class ZaakRolFilter {

    public static final String PREFIX = "rol__";

    private final IdentificatieShapes shapes;
    private final ObjectMapper json;

    public ZaakRolFilter(IdentificatieShapes shapes, ObjectMapper json) {
        this.shapes = shapes;
        this.json = json;
    }

    /** Every rol__ name this API filters on. */
    public java.util.Set<String> names() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        names.add(PREFIX + "betrokkeneType");
        names.add(PREFIX + "betrokkene");
        names.add(PREFIX + "omschrijvingGeneriek");
        shapes.rolFilterParameters().forEach(p -> names.add(PREFIX + p));
        return names;
    }

    public Where where(ZaakRolFilters query) {
        Map<String, String> values = new LinkedHashMap<>(query.identificatie());
        values.put("betrokkeneType", query.betrokkeneType());
        values.put("betrokkene", query.betrokkene());
        values.put("omschrijvingGeneriek", query.omschrijvingGeneriek());
        return where(values);
    }

    /** {@code values} by their name without {@code rol__}; empty values filter nothing. */
    public Where where(Map<String, String> values) {
        Map<String, String> identificatie = new LinkedHashMap<>(values);
        Where rol = new Where();
        String type = identificatie.remove("betrokkeneType");
        String betrokkene = identificatie.remove("betrokkene");
        String generiek = identificatie.remove("omschrijvingGeneriek");
        if (!Filters.empty(type)) {
            rol.and("r.subsoort = ?", type);
        }
        if (!Filters.empty(betrokkene)) {
            rol.and("r.sleutel = ?", betrokkene);
        }
        if (!Filters.empty(generiek)) {
            rol.and("r.data ->> 'omschrijvingGeneriek' = ?", generiek);
        }
        rol.and(shapes.rolConditions(identificatie, "r", json));
        Where where = new Where();
        if (!rol.isEmpty()) {
            where.and("EXISTS (SELECT 1 FROM zaak_onderdeel r WHERE r.zaak = zaak.uuid AND r.soort = 'rol' AND "
                    + rol.joined() + ")", rol.params().toArray());
        }
        return where;
    }
}
