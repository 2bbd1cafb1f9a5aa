package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.ref.ResourceUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/** ZAAKNOTITIE: notes about zaken (pageSize as the specification allows). */
@Path("/zaaknotities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakNotitieResource extends OnderdeelResource<ZaakNotitie> {

    private static final String BIJWERKEN = "zaken.bijwerken";

    public ZaakNotitieResource(Onderdelen onderdelen, ZaakNotitieKind kind, ResourceUrls urls) {
        super(onderdelen, kind, urls);
    }

    @GET
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "zaaknotitie_list", summary = "Alle ZAAKNOTITIEs opvragen.")
    public Page<ZaakNotitie> list(@BeanParam ZaakNotitieFilters filters,
                                  @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                                  @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("pageSize")
                                  String pageSize,
                                  @Context UriInfo uri) {
        return onderdelen.list(kind, filters.apply(filters()).where(),
                PageRequest.parse(page, pageSize, PageRequest.DEFAULT_PAGE_SIZE), urls.publicRequestUrl(uri.getRequestUri()));
    }

    @POST
    @Scopes(BIJWERKEN)
    @Operation(operationId = "zaaknotitie_create", summary = "Maak een ZAAKNOTITIE aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakNotitie.class)))
    public Response create(@Valid @NotNull ZaakNotitie body) {
        return created(body);
    }

    @PUT
    @Path("/{uuid}")
    @Scopes(BIJWERKEN)
    @Operation(operationId = "zaaknotitie_update", summary = "Werk een ZAAKNOTITIE in zijn geheel bij.")
    public ZaakNotitie update(@PathParam("uuid") UUID uuid, @Valid @NotNull ZaakNotitie body) {
        return updated(uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes(BIJWERKEN)
    @Operation(operationId = "zaaknotitie_partial_update", summary = "Werk een ZAAKNOTITIE deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ZaakNotitie partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return patched(uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes(BIJWERKEN)
    @Operation(operationId = "zaaknotitie_delete", summary = "Verwijder een ZAAKNOTITIE.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        return deleted(uuid);
    }

    @GET
    @Path("/{uuid}")
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "zaaknotitie_read", summary = "Een specifieke ZAAKNOTITIE opvragen.")
    public ZaakNotitie read(@PathParam("uuid") UUID uuid) {
        return detail(uuid, null);
    }
}
