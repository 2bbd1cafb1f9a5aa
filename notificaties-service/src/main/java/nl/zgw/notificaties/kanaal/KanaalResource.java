package nl.zgw.notificaties.kanaal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

@Path("/kanaal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KanaalResource {

    private final KanaalService service;

    public KanaalResource(KanaalService service) {
        this.service = service;
    }

    @GET
    @Scopes({"notificaties.consumeren", "notificaties.publiceren"})
    @Operation(operationId = "kanaal_list", summary = "Alle KANAALen opvragen.")
    public List<Kanaal> list(@QueryParam("naam") String naam) {
        return service.list(naam);
    }

    @GET
    @Path("/{uuid}")
    @ETagged
    @Scopes({"notificaties.consumeren", "notificaties.publiceren"})
    @Operation(operationId = "kanaal_read", summary = "Een specifiek KANAAL opvragen.")
    public Kanaal read(@PathParam("uuid") UUID uuid) {
        return service.read(uuid);
    }

    @POST
    @Scopes("notificaties.publiceren")
    @Operation(operationId = "kanaal_create", summary = "Maak een KANAAL aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Kanaal.class)))
    public Response create(@Valid @NotNull Kanaal kanaal) {
        Kanaal created = service.create(kanaal);
        return Response.status(201).location(created.url()).entity(created).build();
    }
}
