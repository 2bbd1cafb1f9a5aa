package nl.zgw.catalogi.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.catalogi.model.RolType;
import nl.zgw.catalogi.type.Expander;
import nl.zgw.catalogi.type.RolTypeKind;
import nl.zgw.catalogi.type.TypeService;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Where;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;

/** ROLTYPE: the roltypen collection of the Catalogi API. */
@Path("/api/v1/roltypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolTypeResource extends TypeResource<RolType> {

    public RolTypeResource(TypeService service, RolTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        super(service, kind, filters, expander, urls);
    }

    @GET
    @Scopes({LEZEN, "zaken.lezen", "documenten.lezen"}) // ztc-014
    public Page<RolType> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("zaaktype") String zaaktype,
            @QueryParam("zaaktypeIdentificatie") String zaaktypeIdentificatie,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"adviseur", "behandelaar",
                    "belanghebbende", "beslisser", "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator"}))
            @QueryParam("omschrijvingGeneriek") String omschrijvingGeneriek,
            @QueryParam("status") String status,
            @QueryParam("datumGeldigheid") String datumGeldigheid,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Where where = new Where();
        LocalDate datum = filters.date("datumGeldigheid", datumGeldigheid);
        filters.ofZaaktype(where, zaaktype, zaaktypeIdentificatie);
        filters.equalsChoice(where, "data ->> 'omschrijvingGeneriek'", "omschrijvingGeneriek", omschrijvingGeneriek,
                RolType.OMSCHRIJVINGEN_GENERIEK);
        filters.status(where, status);
        filters.datumGeldigheid(where, datum);
        return page(where, page, expand, uri.getRequestUri(), datum);
    }

    @POST
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RolType.class)))
    public Response create(@Valid @NotNull RolType body) {
        return created(body, 201);
    }
}
