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

import java.util.List;
import java.util.UUID;

/** ZAAKCONTACTMOMENT: relations of zaken with contactmomenten (not paged, as specified). */
@Path("/zaakcontactmomenten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakContactMomentResource extends OnderdeelResource<ZaakContactMoment> {

    public ZaakContactMomentResource(Onderdelen onderdelen, ZaakContactMomentKind kind, ResourceUrls urls) {
        super(onderdelen, kind, urls);
    }

    @GET
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "zaakcontactmoment_list", summary = "Alle ZAAKCONTACTMOMENTen opvragen.")
    public List<ZaakContactMoment> list(
            @QueryParam("zaak") String zaak,
            @QueryParam("contactmoment") String contactmoment) {
        return all(filters().zaak(zaak).eq("o.sleutel", contactmoment));
    }

    @POST
    @Scopes({"zaken.bijwerken"})
    @Operation(operationId = "zaakcontactmoment_create", summary = "Maak een ZAAKCONTACTMOMENTEN aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakContactMoment.class)))
    public Response create(@Valid @NotNull ZaakContactMoment body) {
        return created(body);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken"})
    @Operation(operationId = "zaakcontactmoment_destroy", summary = "Verwijder een ZAAKCONTACTMOMENTEN.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        return deleted(uuid);
    }

    @GET
    @Path("/{uuid}")
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "zaakcontactmoment_retrieve", summary = "Een specifieke ZAAKCONTACTMOMENT opvragen.")
    public ZaakContactMoment read(@PathParam("uuid") UUID uuid) {
        return detail(uuid, null);
    }
}
