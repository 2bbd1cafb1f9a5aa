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
import nl.zgw.shared.auth.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Operators manage client credentials here, beside (not inside) the Autorisaties API: it is not
 * part of the standard, so it is not in the API's OpenAPI document.
 */
@Path("/beheer/v1/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Scopes("autorisaties.bijwerken")
public class CredentialResource {

    private final CredentialService service;

    public CredentialResource(CredentialService service) {
        this.service = service;
    }

    /** What a client sends to create or rotate a credential; without {@code secret} one is generated. */
    public record CredentialRequest(String clientId, String secret) {
    }

    @GET
    @Operation(hidden = true)
    public List<Credential> list() {
        return service.list();
    }

    @POST
    @Operation(hidden = true)
    public Response create(CredentialRequest request) {
        CredentialRequest r = request == null ? new CredentialRequest(null, null) : request;
        return Response.status(201).entity(service.create(r.clientId(), r.secret())).build();
    }

    @POST
    @Path("/{clientId}/rotate")
    @Operation(hidden = true)
    public Credential rotate(@PathParam("clientId") String clientId, CredentialRequest request) {
        return service.rotate(clientId, request == null ? null : request.secret());
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(hidden = true)
    public Response delete(@PathParam("clientId") String clientId) {
        service.delete(clientId);
        return Response.noContent().build();
    }
}
