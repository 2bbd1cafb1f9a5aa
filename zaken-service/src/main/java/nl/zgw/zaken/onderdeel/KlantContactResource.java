package nl.zgw.zaken.onderdeel;

import jakarta.ws.rs.PathParam;
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
import nl.zgw.shared.paging.Page;

import java.util.UUID;

/** KLANTCONTACT: contacts with klanten about a zaak (create and read). */
@Path("/klantcontacten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KlantContactResource extends OnderdeelResource<KlantContact> {

    public KlantContactResource(Onderdelen onderdelen, KlantContactKind kind, ResourceUrls urls) {
        super(onderdelen, kind, urls);
    }

    @GET
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "klantcontact_list", summary = "Alle KLANTCONTACTen opvragen.")
    public Page<KlantContact> list(
            @QueryParam("zaak") String zaak,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Context UriInfo uri) {
        return page(filters().zaak(zaak), page, uri);
    }

    @POST
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "klantcontact_create", summary = "Maak een KLANTCONTACTEN aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KlantContact.class)))
    public Response create(@Valid @NotNull KlantContact body) {
        return created(body);
    }

    @GET
    @Path("/{uuid}")
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "klantcontact_retrieve", summary = "Een specifieke KLANTCONTACT opvragen.")
    public KlantContact read(@PathParam("uuid") UUID uuid) {
        return detail(uuid, null);
    }
}
