package nl.zgw.autorisaties.credential;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.HttpHeaders;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.problem.PermissionDeniedException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Operators manage client credentials here, beside (not inside) the Autorisaties API: it is not
 * part of the standard, so it is not in the API's OpenAPI document. Whoever holds a credential can
 * act as that client, so this needs more than {@code autorisaties.bijwerken}: an applicatie with
 * {@code heeftAlleAutorisaties}. Answers that carry a secret are never cached.
 */
@Path("/beheer/v1/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Scopes("autorisaties.bijwerken")
public class CredentialResource {

    private final CredentialService service;
    private final CurrentCaller caller;

    public CredentialResource(CredentialService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    private void requireOperator() {
        if (!caller.autorisaties().heeftAlleAutorisaties()) {
            throw new PermissionDeniedException("Alleen een applicatie met heeftAlleAutorisaties beheert credentials.");
        }
    }

    /** What a client sends to create or rotate a credential; without {@code secret} one is generated. */
    public record CredentialRequest(String clientId, String secret) {
    }

    @GET
    @Operation(hidden = true)
    public List<Credential> list() {
        requireOperator();
        return service.list();
    }

    @POST
    @Operation(hidden = true)
    public Response create(CredentialRequest request) {
        requireOperator();
        CredentialRequest r = request == null ? new CredentialRequest(null, null) : request;
        return Response.status(201).entity(service.create(r.clientId(), r.secret()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/{clientId}/rotate")
    @Operation(hidden = true)
    public Response rotate(@PathParam("clientId") String clientId, CredentialRequest request) {
        requireOperator();
        return Response.ok(service.rotate(clientId, request == null ? null : request.secret()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(hidden = true)
    public Response delete(@PathParam("clientId") String clientId) {
        requireOperator();
        service.delete(clientId);
        return Response.noContent().build();
    }
}
