package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
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
import nl.zgw.shared.problem.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** ZAAKEIGENSCHAP: the eigenschappen of one zaak, below that zaak; the body's zaak is the zaak of the path. */
@Path("/zaken/{zaak_uuid}/zaakeigenschappen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakEigenschapResource {

    private static final String BIJWERKEN = "zaken.bijwerken";
    private static final String GEFORCEERD = "zaken.geforceerd-bijwerken";

    private final Onderdelen onderdelen;
    private final ZaakEigenschapKind kind;

    public ZaakEigenschapResource(Onderdelen onderdelen, ZaakEigenschapKind kind) {
        this.onderdelen = onderdelen;
        this.kind = kind;
    }

    @GET
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "zaakeigenschap_list", summary = "Alle ZAAKEIGENSCHAPpen opvragen.")
    public List<ZaakEigenschap> list(@PathParam("zaak_uuid") UUID zaak) {
        return onderdelen.ofZaak(kind, zaak);
    }

    @POST
    @Scopes({BIJWERKEN, GEFORCEERD})
    @Operation(operationId = "zaakeigenschap_create", summary = "Maak een ZAAKEIGENSCHAP aan.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakEigenschap.class)))
    public Response create(@PathParam("zaak_uuid") UUID zaak, @Valid @NotNull ZaakEigenschap body) {
        sameZaak(zaak, body);
        ZaakEigenschap created = onderdelen.create(kind, body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @GET
    @Path("/{uuid}")
    @Scopes(Onderdelen.LEZEN)
    @ETagged
    @Operation(operationId = "zaakeigenschap_retrieve", summary = "Een specifieke ZAAKEIGENSCHAP opvragen.")
    public ZaakEigenschap read(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid) {
        onderdelen.requireIn(kind, uuid, zaak);
        return onderdelen.read(kind, uuid);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(Onderdelen.LEZEN)
    @ETagged
    @Operation(operationId = "zaakeigenschap_headers", summary = "De headers voor een specifiek(e) ZAAKEIGENSCHAP opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public ZaakEigenschap headers(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid) {
        return read(zaak, uuid);
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({BIJWERKEN, GEFORCEERD})
    @Operation(operationId = "zaakeigenschap_update", summary = "Werk een ZAAKEIGENSCHAP in zijn geheel bij.")
    public ZaakEigenschap update(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid,
                                 @Valid @NotNull ZaakEigenschap body) {
        return onderdelen.update(kind, uuid, body, zaak);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({BIJWERKEN, GEFORCEERD})
    @Operation(operationId = "zaakeigenschap_partial_update", summary = "Werk een ZAAKEIGENSCHAP deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ZaakEigenschap partialUpdate(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid,
                                        @NotNull ObjectNode patch) {
        return onderdelen.partialUpdate(kind, uuid, patch, zaak);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({BIJWERKEN, GEFORCEERD})
    @Operation(operationId = "zaakeigenschap_destroy", summary = "Verwijder een ZAAKEIGENSCHAP.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid) {
        onderdelen.delete(kind, uuid, zaak);
        return Response.noContent().build();
    }

    private void sameZaak(UUID zaak, ZaakEigenschap body) {
        onderdelen.requireZaak(zaak);
        if (!onderdelen.zaakUrl(zaak).equals(body.zaak())) {
            throw ValidationException.of("zaak", "invalid", "De zaak in de body is niet de zaak van het pad.");
        }
    }
}
