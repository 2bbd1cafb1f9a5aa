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
import nl.zgw.catalogi.model.InformatieObjectType;
import nl.zgw.catalogi.type.Expander;
import nl.zgw.catalogi.type.InformatieObjectTypeKind;
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

/** INFORMATIEOBJECTTYPE: the informatieobjecttypen collection of the Catalogi API. */
@Path("/api/v1/informatieobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InformatieObjectTypeResource extends PublishableTypeResource<InformatieObjectType> {

    public InformatieObjectTypeResource(TypeService service, InformatieObjectTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        super(service, kind, filters, expander, urls);
    }

    @GET
    @Scopes({LEZEN, "zaken.lezen", "documenten.lezen"}) // ztc-014
    public Page<InformatieObjectType> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("catalogus") String catalogus,
            @QueryParam("omschrijving") String omschrijving,
            @QueryParam("status") String status,
            @QueryParam("datumGeldigheid") String datumGeldigheid,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Where where = new Where();
        LocalDate datum = filters.date("datumGeldigheid", datumGeldigheid);
        filters.equalsOwn(where, "catalogus", "catalogus", catalogus, "catalogussen");
        filters.equalsText(where, "sleutel", omschrijving);
        filters.status(where, status);
        filters.datumGeldigheid(where, datum);
        return page(where, page, expand, uri.getRequestUri(), datum);
    }

    @POST
    @Scopes({SCHRIJVEN})
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InformatieObjectType.class)))
    public Response create(@Valid @NotNull InformatieObjectType body) {
        // 201 as every other creation, as VNG's conformance collection and Open Zaak answer; the
        // specification's 200 here is the odd one out (docs/conformance.md)
        return created(body, 201);
    }

}
