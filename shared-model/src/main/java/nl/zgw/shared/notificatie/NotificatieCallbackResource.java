package nl.zgw.shared.notificatie;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.problem.NotAuthenticatedException;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.ref.RemoteResources;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Where the Notificaties API delivers the notifications this service subscribed to
 * ({@code zgw.abonnementen}): a changed or deleted resource of another API is dropped from
 * {@link RemoteResources}, so the next read asks that API again, and observers of
 * {@link NotificatieOntvangen} act on it. Authenticated by the secret the
 * abonnement carries; a service that subscribes to nothing has no callback (404).
 */
@Path(NotificatieCallbackResource.PATH)
public class NotificatieCallbackResource {

    public static final String PATH = "/callbacks/notificaties";

    private final ZgwConfig config;
    private final RemoteResources remote;
    private final jakarta.enterprise.event.Event<NotificatieOntvangen> ontvangen;

    public NotificatieCallbackResource(ZgwConfig config, RemoteResources remote,
                                       jakarta.enterprise.event.Event<NotificatieOntvangen> ontvangen) {
        this.config = config;
        this.remote = remote;
        this.ontvangen = ontvangen;
    }

    @POST
    @PermitAll // checked below against the abonnement's own secret, not a ZGW token
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response receive(@HeaderParam("Authorization") String authorization, JsonNode notificatie) {
        String secret = config.abonnementen().secret().orElse(null);
        if (secret == null || config.abonnementen().kanalen().map(java.util.List::isEmpty).orElse(true)) {
            throw new NotFoundException("Deze service ontvangt geen notificaties.");
        }
        byte[] expected = ("Bearer " + secret).getBytes(StandardCharsets.UTF_8);
        byte[] given = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new NotAuthenticatedException("Onbekende afzender van notificaties.");
        }
        if (notificatie != null && notificatie.isObject()) {
            for (String field : new String[] {"resourceUrl", "hoofdObject"}) {
                if (notificatie.hasNonNull(field)) {
                    remote.evict(notificatie.get(field).asText());
                }
            }
            ontvangen.fire(new NotificatieOntvangen(notificatie));
        }
        return Response.noContent().build();
    }
}
