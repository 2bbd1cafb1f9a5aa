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
import nl.zgw.catalogi.model.ZaakType;
import nl.zgw.catalogi.type.Expander;
import nl.zgw.catalogi.type.TypeService;
import nl.zgw.catalogi.type.ZaakTypeKind;
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
import java.util.List;

/** ZAAKTYPE: the zaaktypen collection of the Catalogi API. */
@Path("/api/v1/zaaktypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Scopes({ZaakTypeResource.LEZEN, "zaken.lezen", "documenten.lezen"}) // ztc-014
public class ZaakTypeResource extends PublishableTypeResource<ZaakType> {

    public ZaakTypeResource(TypeService service, ZaakTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        super(service, kind, filters, expander, urls);
    }

    @GET
    @Scopes({LEZEN, "zaken.lezen", "documenten.lezen"}) // ztc-014
    public Page<ZaakType> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("catalogus") String catalogus,
            @QueryParam("identificatie") String identificatie,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("trefwoorden") String trefwoorden,
            @QueryParam("status") String status,
            @QueryParam("datumGeldigheid") String datumGeldigheid,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Where where = new Where();
        LocalDate datum = filters.date("datumGeldigheid", datumGeldigheid);
        filters.equalsOwn(where, "catalogus", "catalogus", catalogus, "catalogussen");
        filters.equalsText(where, "sleutel", identificatie);
        List<String> woorden = filters.commaList(trefwoorden);
        if (!woorden.isEmpty()) {
            where.and("jsonb_exists_all(data -> 'trefwoorden', ?)", woorden);
        }
        filters.status(where, status);
        filters.datumGeldigheid(where, datum);
        return page(where, page, expand, uri.getRequestUri(), datum);
    }

    @Override
    protected boolean readsOnADate() {
        return true;
    }

    @POST
    @Scopes({SCHRIJVEN})
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakType.class)))
    public Response create(@Valid @NotNull ZaakType body) {
        return created(body, 201);
    }

}
