package nl.zgw.zaken.onderdeel;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import nl.zgw.shared.ref.ResourceUrls;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/**
 * The resources inside a zaak whose detail takes {@code expand} and has a HEAD with an ETag
 * (statussen, resultaten, rollen, zaakobjecten). Their operation ids ({@code status_retrieve},
 * {@code status_headers}, ...) are set by {@code ZakenOpenApiFilter}.
 */
public abstract class UitbreidbaarResource<T extends Onderdeel> extends OnderdeelResource<T> {

    protected UitbreidbaarResource(Onderdelen onderdelen, OnderdeelKind<T> kind, ResourceUrls urls) {
        super(onderdelen, kind, urls);
    }

    @GET
    @Path("/{uuid}")
    @Scopes(Onderdelen.LEZEN)
    @ETagged
    public T read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return detail(uuid, expand);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(Onderdelen.LEZEN)
    @ETagged
    @APIResponse(responseCode = "200", description = "OK")
    public T headers(@PathParam("uuid") UUID uuid) {
        return detail(uuid, null);
    }
}
