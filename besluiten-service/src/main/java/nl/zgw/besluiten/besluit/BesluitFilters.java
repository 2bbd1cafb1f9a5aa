package nl.zgw.besluiten.besluit;

import jakarta.ws.rs.QueryParam;
import nl.zgw.shared.sql.Where;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of {@code GET /besluiten} (a {@code @BeanParam}), each an indexed condition on the
 * besluit {@code b}. URLs are compared as given, as they are stored.
 */
public class BesluitFilters {

    @QueryParam("identificatie")
    public String identificatie;

    @QueryParam("verantwoordelijkeOrganisatie")
    public String verantwoordelijkeOrganisatie;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("besluittype")
    public String besluittype;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("zaak")
    public String zaak;

    /** The conditions of the filters given. */
    public Where where() {
        Where where = new Where();
        gelijk(where, "b.identificatie", identificatie);
        gelijk(where, "b.verantwoordelijke_organisatie", verantwoordelijkeOrganisatie);
        gelijk(where, "b.besluittype", besluittype);
        gelijk(where, "b.zaak", zaak);
        return where;
    }

    private static void gelijk(Where where, String column, String value) {
        if (value != null && !value.isEmpty()) {
            where.and(column + " = ?", value);
        }
    }
}
