package nl.zgw.autorisaties.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.auth.TokenVerifier;
import nl.zgw.shared.problem.ProblemResponses;
import nl.zgw.shared.problem.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * For the other services of the suite: is this client's token valid, and what may the client do?
 * The ETag covers the autorisaties only, so a service that has them cached gets a bodiless 304 as
 * long as the token is valid and nothing changed; an invalid token is a 422 {@code invalid-token}.
 * Callers authenticate with their own client and need {@code autorisaties.lezen}; a 401 or 403
 * means the calling service itself was refused.
 */
@Path("/intern/v1/verify")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerifyResource {

    private final TokenVerifier verifier;
    private final ObjectMapper json;

    public VerifyResource(TokenVerifier verifier, ObjectMapper json) {
        this.verifier = verifier;
        this.json = json;
    }

    /** The token a service received and wants verified. */
    public record VerifyRequest(String token) {
    }

    @POST
    @Scopes("autorisaties.lezen")
    @Operation(hidden = true)
    public Response verify(VerifyRequest request, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (request == null || request.token() == null || request.token().isBlank()) {
            throw ValidationException.of("token", "required", "Dit veld is vereist.");
        }
        TokenVerifier.VerifiedCaller caller;
        try {
            caller = verifier.verify(request.token());
        } catch (TokenVerifier.InvalidTokenException e) {
            // 422, not 401: a 401/403 here always means the calling service itself was refused
            return ProblemResponses.fout(422, "invalid-token", "Ongeldig JWT.", "Het JWT is ongeldig.");
        }
        String etag = etag(caller);
        if (etag.equals(ifNoneMatch)) {
            return Response.status(304).header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(caller).header(HttpHeaders.ETAG, etag).build();
    }

    private String etag(TokenVerifier.VerifiedCaller caller) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(caller.autorisaties()));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
