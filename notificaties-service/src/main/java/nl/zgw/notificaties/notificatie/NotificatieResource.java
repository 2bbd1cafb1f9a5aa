package nl.zgw.notificaties.notificatie;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.shared.auth.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/notificaties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificatieResource {

    private final NotificatieService service;

    public NotificatieResource(NotificatieService service) {
        this.service = service;
    }

    @POST
    @Scopes("notificaties.publiceren")
    @Operation(operationId = "notificaties_create", summary = "Publiceer een notificatie.")
    public Message publish(@Valid @NotNull Message message) {
        return service.publish(message);
    }
}
