package nl.zgw.zaken.onderdeel;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the zaaknotities list. */
public class ZaakNotitieFilters {

    @QueryParam("aangemaaktDoor")
    String aangemaaktDoor;

    @QueryParam("aangemaaktDoor__icontains")
    String aangemaaktDoorIcontains;

    @QueryParam("gerelateerdAan")
    String gerelateerdAan;

    @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"extern", "intern"})) @QueryParam("notitieType")
    String notitieType;

    @QueryParam("onderwerp")
    String onderwerp;

    @QueryParam("onderwerp__icontains")
    String onderwerpIcontains;

    @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"concept", "definitief"})) @QueryParam("status")
    String status;

    @QueryParam("tekst")
    String tekst;

    @QueryParam("tekst__icontains")
    String tekstIcontains;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("aanmaakdatum")
    String aanmaakdatum;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("aanmaakdatum__gt")
    String aanmaakdatumGt;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("aanmaakdatum__gte")
    String aanmaakdatumGte;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("aanmaakdatum__lt")
    String aanmaakdatumLt;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("aanmaakdatum__lte")
    String aanmaakdatumLte;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("wijzigingsdatum")
    String wijzigingsdatum;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("wijzigingsdatum__gt")
    String wijzigingsdatumGt;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("wijzigingsdatum__gte")
    String wijzigingsdatumGte;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("wijzigingsdatum__lt")
    String wijzigingsdatumLt;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("wijzigingsdatum__lte")
    String wijzigingsdatumLte;

    /** The conditions of the filters given; gerelateerdAan is the zaak's URL. */
    Filters apply(Filters filters) {
        choice("notitieType", notitieType, "intern", "extern");
        choice("status", status, "concept", "definitief");
        filters.zaak(gerelateerdAan).data("aangemaaktDoor", aangemaaktDoor).contains("aangemaaktDoor", aangemaaktDoorIcontains)
                .eq("o.subsoort", notitieType).data("onderwerp", onderwerp).contains("onderwerp", onderwerpIcontains)
                .data("status", status).data("tekst", tekst).contains("tekst", tekstIcontains);
        filters.moment("aanmaakdatum", "o.moment", "=", aanmaakdatum);
        filters.moment("aanmaakdatum__gt", "o.moment", ">", aanmaakdatumGt);
        filters.moment("aanmaakdatum__gte", "o.moment", ">=", aanmaakdatumGte);
        filters.moment("aanmaakdatum__lt", "o.moment", "<", aanmaakdatumLt);
        filters.moment("aanmaakdatum__lte", "o.moment", "<=", aanmaakdatumLte);
        filters.moment("wijzigingsdatum", "cast(o.data ->> 'wijzigingsdatum' as timestamptz)", "=", wijzigingsdatum);
        filters.moment("wijzigingsdatum__gt", "cast(o.data ->> 'wijzigingsdatum' as timestamptz)", ">", wijzigingsdatumGt);
        filters.moment("wijzigingsdatum__gte", "cast(o.data ->> 'wijzigingsdatum' as timestamptz)", ">=", wijzigingsdatumGte);
        filters.moment("wijzigingsdatum__lt", "cast(o.data ->> 'wijzigingsdatum' as timestamptz)", "<", wijzigingsdatumLt);
        filters.moment("wijzigingsdatum__lte", "cast(o.data ->> 'wijzigingsdatum' as timestamptz)", "<=", wijzigingsdatumLte);
        return filters;
    }

    private static void choice(String parameter, String value, String... allowed) {
        if (!Filters.empty(value) && !java.util.List.of(allowed).contains(value)) {
            throw nl.zgw.shared.problem.ValidationException.of(parameter, "invalid_choice",
                    "Kies uit " + String.join(", ", allowed) + ".");
        }
    }
}
