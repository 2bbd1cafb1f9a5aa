package nl.zgw.zaken.zaak;

import jakarta.ws.rs.QueryParam;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The filters of {@code GET /zaken} (a {@code @BeanParam}), each turned into an indexed SQL
 * condition. A malformed value is a 400 naming the parameter.
 */
public class ZaakFilters {

    @QueryParam("identificatie")
    public String identificatie;

    @QueryParam("bronorganisatie")
    public String bronorganisatie;

    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("bronorganisatie__in")
    public String bronorganisatie_in;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("zaaktype")
    public String zaaktype;

    @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"blijvend_bewaren", "vernietigen"}))
    @QueryParam("archiefnominatie")
    public String archiefnominatie;

    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("archiefnominatie__in")
    public String archiefnominatie_in;

    @QueryParam("archiefactiedatum")
    public String archiefactiedatum;

    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("archiefactiedatum__isnull")
    public String archiefactiedatum_isnull;

    @QueryParam("archiefactiedatum__lt")
    public String archiefactiedatum_lt;

    @QueryParam("archiefactiedatum__gt")
    public String archiefactiedatum_gt;

    @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"nog_te_archiveren", "gearchiveerd",
            "gearchiveerd_procestermijn_onbekend", "overgedragen"}))
    @QueryParam("archiefstatus")
    public String archiefstatus;

    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("archiefstatus__in")
    public String archiefstatus_in;

    @QueryParam("startdatum")
    public String startdatum;

    @QueryParam("startdatum__gt")
    public String startdatum_gt;

    @QueryParam("startdatum__gte")
    public String startdatum_gte;

    @QueryParam("startdatum__lt")
    public String startdatum_lt;

    @QueryParam("startdatum__lte")
    public String startdatum_lte;

    @QueryParam("registratiedatum")
    public String registratiedatum;

    @QueryParam("registratiedatum__gt")
    public String registratiedatum_gt;

    @QueryParam("registratiedatum__lt")
    public String registratiedatum_lt;

    @QueryParam("einddatum")
    public String einddatum;

    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("einddatum__isnull")
    public String einddatum_isnull;

    @QueryParam("einddatum__gt")
    public String einddatum_gt;

    @QueryParam("einddatum__lt")
    public String einddatum_lt;

    @QueryParam("einddatumGepland")
    public String einddatumGepland;

    @QueryParam("einddatumGepland__gt")
    public String einddatumGepland_gt;

    @QueryParam("einddatumGepland__lt")
    public String einddatumGepland_lt;

    @QueryParam("uiterlijkeEinddatumAfdoening")
    public String uiterlijkeEinddatumAfdoening;

    @QueryParam("uiterlijkeEinddatumAfdoening__gt")
    public String uiterlijkeEinddatumAfdoening_gt;

    @QueryParam("uiterlijkeEinddatumAfdoening__lt")
    public String uiterlijkeEinddatumAfdoening_lt;

    /**
     * The filters of a {@code _zoek} body: the same names as the query parameters, lists for the
     * {@code __in} ones and booleans for {@code __isnull}. Names this API does not (yet) search on
     * are a 400 naming them, never silently ignored.
     */
    public static ZaakFilters of(com.fasterxml.jackson.databind.node.ObjectNode body, java.util.Set<String> handledElsewhere) {
        ZaakFilters filters = new ZaakFilters();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        body.fields().forEachRemaining(e -> {
            if (handledElsewhere.contains(e.getKey())) {
                return;
            }
            java.lang.reflect.Field field;
            try {
                field = ZaakFilters.class.getField(e.getKey().replace("__", "_"));
            } catch (NoSuchFieldException ex) {
                unknown.add(e.getKey());
                return;
            }
            com.fasterxml.jackson.databind.JsonNode value = e.getValue();
            String text = value.isArray() ? java.util.stream.StreamSupport.stream(value.spliterator(), false)
                    .map(com.fasterxml.jackson.databind.JsonNode::asText).collect(java.util.stream.Collectors.joining(","))
                    : value.isNull() ? null : value.asText();
            try {
                field.set(filters, text);
            } catch (IllegalAccessException ex) {
                throw new IllegalStateException(ex);
            }
        });
        if (!unknown.isEmpty()) {
            throw new ValidationException(List.of(nl.zgw.shared.problem.FieldValidationError.nonField(
                    "unknown-parameters", "Op deze velden kan (nog) niet worden gezocht: " + String.join(", ", unknown) + ".")));
        }
        return filters;
    }

    /** The conditions of the filters given. */
    public Where where() {
        Where where = new Where();
        text(where, "identificatie", identificatie);
        text(where, "bronorganisatie", bronorganisatie);
        in(where, "bronorganisatie", bronorganisatie_in);
        text(where, "zaaktype", zaaktype);
        text(where, "archiefnominatie", archiefnominatie);
        in(where, "archiefnominatie", archiefnominatie_in);
        date(where, "archiefactiedatum", "archiefactiedatum = ?", archiefactiedatum);
        isNull(where, "archiefactiedatum__isnull", "archiefactiedatum", archiefactiedatum_isnull);
        date(where, "archiefactiedatum__lt", "archiefactiedatum < ?", archiefactiedatum_lt);
        date(where, "archiefactiedatum__gt", "archiefactiedatum > ?", archiefactiedatum_gt);
        text(where, "archiefstatus", archiefstatus);
        in(where, "archiefstatus", archiefstatus_in);
        date(where, "startdatum", "startdatum = ?", startdatum);
        date(where, "startdatum__gt", "startdatum > ?", startdatum_gt);
        date(where, "startdatum__gte", "startdatum >= ?", startdatum_gte);
        date(where, "startdatum__lt", "startdatum < ?", startdatum_lt);
        date(where, "startdatum__lte", "startdatum <= ?", startdatum_lte);
        date(where, "registratiedatum", "registratiedatum = ?", registratiedatum);
        date(where, "registratiedatum__gt", "registratiedatum > ?", registratiedatum_gt);
        date(where, "registratiedatum__lt", "registratiedatum < ?", registratiedatum_lt);
        date(where, "einddatum", "einddatum = ?", einddatum);
        isNull(where, "einddatum__isnull", "einddatum", einddatum_isnull);
        date(where, "einddatum__gt", "einddatum > ?", einddatum_gt);
        date(where, "einddatum__lt", "einddatum < ?", einddatum_lt);
        date(where, "einddatumGepland", "einddatum_gepland = ?", einddatumGepland);
        date(where, "einddatumGepland__gt", "einddatum_gepland > ?", einddatumGepland_gt);
        date(where, "einddatumGepland__lt", "einddatum_gepland < ?", einddatumGepland_lt);
        date(where, "uiterlijkeEinddatumAfdoening", "uiterlijke_einddatum_afdoening = ?", uiterlijkeEinddatumAfdoening);
        date(where, "uiterlijkeEinddatumAfdoening__gt", "uiterlijke_einddatum_afdoening > ?", uiterlijkeEinddatumAfdoening_gt);
        date(where, "uiterlijkeEinddatumAfdoening__lt", "uiterlijke_einddatum_afdoening < ?", uiterlijkeEinddatumAfdoening_lt);
        return where;
    }

    private static void text(Where where, String column, String value) {
        if (value != null && !value.isEmpty()) {
            where.and(column + " = ?", value);
        }
    }

    private static void in(Where where, String column, String value) {
        if (value != null && !value.isEmpty()) {
            List<String> values = Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
            where.and(column + " = ANY(?)", values.isEmpty() ? List.of("") : values);
        }
    }

    private static void isNull(Where where, String parameter, String column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        switch (value) {
            case "true" -> where.and(column + " IS NULL");
            case "false" -> where.and(column + " IS NOT NULL");
            default -> throw ValidationException.of(parameter, "invalid", "Kies true of false.");
        }
    }

    private static void date(Where where, String parameter, String condition, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1 || date.getYear() > 9999) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            where.and(condition, Date.valueOf(date));
        } catch (DateTimeParseException e) {
            throw ValidationException.of(parameter, "invalid", "Voer een geldige datum in (JJJJ-MM-DD).");
        }
    }
}
