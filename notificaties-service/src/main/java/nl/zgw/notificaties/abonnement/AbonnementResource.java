package nl.zgw.notificaties.abonnement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

@Path("/abonnement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Scopes("notificaties.consumeren")
public class AbonnementResource {

    private final AbonnementService service;

    public AbonnementResource(AbonnementService service) {
        this.service = service;
    }

    @GET
    @Scopes({"notificaties.consumeren", "notificaties.publiceren"})
    @Operation(operationId = "abonnement_list", summary = "Alle ABONNEMENTen opvragen.")
    public List<Abonnement> list() {
        return service.list();
    }

    @GET
    @Path("/{uuid}")
    @ETagged
    @Scopes({"notificaties.consumeren", "notificaties.publiceren"})
    @Operation(operationId = "abonnement_read", summary = "Een specifiek ABONNEMENT opvragen.")
    public Abonnement read(@PathParam("uuid") UUID uuid) {
        return service.read(uuid);
    }

    @POST
    @Operation(operationId = "abonnement_create", summary = "Maak een ABONNEMENT aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Abonnement.class)))
    public Response create(@Valid @NotNull Abonnement abonnement) {
        Abonnement created = service.create(abonnement);
        return Response.status(201).location(created.url()).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Operation(operationId = "abonnement_update", summary = "Werk een ABONNEMENT in zijn geheel bij.")
    public Abonnement update(@PathParam("uuid") UUID uuid, @Valid @NotNull Abonnement abonnement) {
        return service.update(uuid, abonnement);
    }

    @PATCH
    @Path("/{uuid}")
    @Operation(operationId = "abonnement_partial_update", summary = "Werk een ABONNEMENT deels bij.")
    public Abonnement partialUpdate(@PathParam("uuid") UUID uuid,
                                    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = Abonnement.class)))
                                    @NotNull ObjectNode patch) {
        return service.partialUpdate(uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Operation(operationId = "abonnement_delete", summary = "Verwijder een ABONNEMENT.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
