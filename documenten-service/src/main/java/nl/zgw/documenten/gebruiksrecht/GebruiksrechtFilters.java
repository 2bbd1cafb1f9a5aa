package nl.zgw.documenten.gebruiksrecht;

import jakarta.ws.rs.QueryParam;
import nl.zgw.shared.json.DatumTijd;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The filters of {@code GET /gebruiksrechten} (a {@code @BeanParam}): the document and date-time ranges. */
public class GebruiksrechtFilters {


    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("informatieobject")
    public String informatieobject;
    @QueryParam("startdatum__lt")
    public String startdatumLt;
    @QueryParam("startdatum__lte")
    public String startdatumLte;
    @QueryParam("startdatum__gt")
    public String startdatumGt;
    @QueryParam("startdatum__gte")
    public String startdatumGte;
    @QueryParam("einddatum__lt")
    public String einddatumLt;
    @QueryParam("einddatum__lte")
    public String einddatumLte;
    @QueryParam("einddatum__gt")
    public String einddatumGt;
    @QueryParam("einddatum__gte")
    public String einddatumGte;

    /** {@code documentUrl}: the document URL of a uuid, to compare {@code informatieobject} with. */
    public Where where(java.util.function.Function<String, java.util.Optional<java.util.UUID>> documentUuid) {
        Where where = new Where();
        if (informatieobject != null) {
            java.util.Optional<java.util.UUID> uuid = documentUuid.apply(informatieobject);
            if (uuid.isPresent()) {
                where.and("g.informatieobject = ?", uuid.get());
            } else {
                where.none(); // a document of another API has no gebruiksrechten here
            }
        }
        vergelijk(where, "g.startdatum", "<", "startdatum__lt", startdatumLt);
        vergelijk(where, "g.startdatum", "<=", "startdatum__lte", startdatumLte);
        vergelijk(where, "g.startdatum", ">", "startdatum__gt", startdatumGt);
        vergelijk(where, "g.startdatum", ">=", "startdatum__gte", startdatumGte);
        vergelijk(where, "g.einddatum", "<", "einddatum__lt", einddatumLt);
        vergelijk(where, "g.einddatum", "<=", "einddatum__lte", einddatumLte);
        vergelijk(where, "g.einddatum", ">", "einddatum__gt", einddatumGt);
        vergelijk(where, "g.einddatum", ">=", "einddatum__gte", einddatumGte);
        return where;
    }

    private static void vergelijk(Where where, String kolom, String operator, String naam, String waarde) {
        if (waarde == null || waarde.isEmpty()) {
            return;
        }
        OffsetDateTime tijd;
        try {
            tijd = DatumTijd.lees(waarde); // without an offset: in the configured time zone
        } catch (DateTimeParseException e) {
            throw ValidationException.of(naam, "invalid", "Geef een datum-tijd (ISO 8601).");
        }
        where.and(kolom + " " + operator + " ?", tijd);
    }
}
