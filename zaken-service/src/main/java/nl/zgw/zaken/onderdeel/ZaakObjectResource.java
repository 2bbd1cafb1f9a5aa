package nl.zgw.zaken.onderdeel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.ref.ResourceUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import nl.zgw.shared.paging.Page;

import java.util.UUID;

/** ZAAKOBJECT: the objects a zaak is about. */
@Path("/zaakobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakObjectResource extends UitbreidbaarResource<ZaakObject> {

    public ZaakObjectResource(Onderdelen onderdelen, ZaakObjectKind kind, ResourceUrls urls) {
        super(onderdelen, kind, urls);
    }

    @GET
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "zaakobject_list", summary = "Alle ZAAKOBJECTen opvragen.")
    public Page<ZaakObject> list(
            @QueryParam("zaak") String zaak,
            @QueryParam("object") String object,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"adres", "besluit", "buurt",
                    "enkelvoudig_document", "gemeente", "gemeentelijke_openbare_ruimte", "huishouden", "inrichtingselement",
                    "kadastrale_onroerende_zaak", "kunstwerkdeel", "maatschappelijke_activiteit", "medewerker",
                    "natuurlijk_persoon", "niet_natuurlijk_persoon", "openbare_ruimte", "organisatorische_eenheid", "pand",
                    "spoorbaandeel", "status", "terreindeel", "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel",
                    "wijk", "woonplaats", "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige"}))
            @QueryParam("objectType") String objectType,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        return page(filters().zaak(zaak).eq("o.sleutel", object).eq("o.subsoort", objectType), page, expand, uri);
    }

    @POST
    @Scopes({"zaken.aanmaken", "zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "zaakobject_create", summary = "Maak een ZAAKOBJECTEN aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakObject.class)))
    public Response create(@Valid @NotNull ZaakObject body) {
        return created(body);
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "zaakobject_update", summary = "Werk een ZAAKOBJECTEN in zijn geheel bij.")
    public ZaakObject update(@PathParam("uuid") UUID uuid, @Valid @NotNull ZaakObject body) {
        return updated(uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "zaakobject_partial_update", summary = "Werk een ZAAKOBJECTEN deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ZaakObject partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return patched(uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken", "zaken.verwijderen"})
    @Operation(operationId = "zaakobject_destroy", summary = "Verwijder een ZAAKOBJECTEN.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        return deleted(uuid);
    }
}
