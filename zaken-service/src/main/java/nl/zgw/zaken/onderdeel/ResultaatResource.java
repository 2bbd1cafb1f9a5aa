package nl.zgw.zaken.onderdeel;

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
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.ref.ResourceUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import nl.zgw.shared.paging.Page;

import java.util.UUID;

/** RESULTAAT: how a zaak ended, one per zaak. */
@Path("/resultaten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultaatResource extends UitbreidbaarResource<Resultaat> {

    public ResultaatResource(Onderdelen onderdelen, ResultaatKind kind, ResourceUrls urls) {
        super(onderdelen, kind, urls);
    }

    @GET
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "resultaat_list", summary = "Alle RESULTAATen opvragen.")
    public Page<Resultaat> list(
            @QueryParam("zaak") String zaak,
            @QueryParam("resultaattype") String resultaattype,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        return page(filters().zaak(zaak).eq("o.type", resultaattype), page, expand, uri);
    }

    @POST
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "resultaat_create", summary = "Maak een RESULTAATEN aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Resultaat.class)))
    public Response create(@Valid @NotNull Resultaat body) {
        return created(body);
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "resultaat_update", summary = "Werk een RESULTAATEN in zijn geheel bij.")
    public Resultaat update(@PathParam("uuid") UUID uuid, @Valid @NotNull Resultaat body) {
        return updated(uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "resultaat_partial_update", summary = "Werk een RESULTAATEN deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Resultaat partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return patched(uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "resultaat_destroy", summary = "Verwijder een RESULTAATEN.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        return deleted(uuid);
    }
}
