package nl.zgw.notificaties.beheer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.problem.PermissionDeniedException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/**
 * For operators (an applicatie with heeftAlleAutorisaties): per abonnement what was delivered,
 * what failed and why, and re-sending a failed delivery. Not part of the standard, so hidden from
 * the API's OpenAPI document.
 */
@Path("/beheer/abonnement/{uuid}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Scopes({"notificaties.consumeren", "notificaties.publiceren"})
public class DeliveryBeheerResource {

    private final DeliveryBeheer beheer;
    private final CurrentCaller caller;

    public DeliveryBeheerResource(DeliveryBeheer beheer, CurrentCaller caller) {
        this.beheer = beheer;
        this.caller = caller;
    }

    @GET
    @Operation(hidden = true)
    public List<DeliveryView> list(@PathParam("uuid") UUID abonnement, @QueryParam("status") String status) {
        requireOperator();
        return beheer.list(abonnement, status);
    }

    @POST
    @Path("/{id}/resend")
    @Operation(hidden = true)
    public DeliveryView resend(@PathParam("uuid") UUID abonnement, @PathParam("id") long id) {
        requireOperator();
        return beheer.resend(abonnement, id);
    }

    private void requireOperator() {
        if (!caller.autorisaties().heeftAlleAutorisaties()) {
            throw new PermissionDeniedException("Alleen een applicatie met heeftAlleAutorisaties ziet afleveringen.");
        }
    }
}
