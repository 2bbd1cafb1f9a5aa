package nl.zgw.zaken.zaakinformatieobject;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.onderdeel.Onderdelen;
import nl.zgw.zaken.onderdeel.UitbreidbaarResource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** ZAAKINFORMATIEOBJECT: the documents of a zaak, mirrored in the Documenten API. */
@Path("/zaakinformatieobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakInformatieObjectResource extends UitbreidbaarResource<ZaakInformatieObject> {

    private final ZaakInformatieObjecten zaakInformatieObjecten;

    public ZaakInformatieObjectResource(Onderdelen onderdelen, ZaakInformatieObjectKind kind, ResourceUrls urls,
                                        ZaakInformatieObjecten zaakInformatieObjecten) {
        super(onderdelen, kind, urls);
        this.zaakInformatieObjecten = zaakInformatieObjecten;
    }

    @GET
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "zaakinformatieobject_list", summary = "Alle ZAAK-INFORMATIEOBJECT relaties opvragen.")
    public List<ZaakInformatieObject> list(
            @QueryParam("zaak") String zaak,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("informatieobject")
            String informatieobject,
            @QueryParam("expand") String expand) {
        return all(filters().zaak(zaak).eq("o.sleutel", informatieobject), expand);
    }

    @POST
    @Scopes({"zaken.aanmaken", "zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "zaakinformatieobject_create", summary = "Maak een ZAAK-INFORMATIEOBJECT relatie aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ZaakInformatieObject.class)))
    public Response create(@Valid @NotNull ZaakInformatieObject body) {
        ZaakInformatieObject created = zaakInformatieObjecten.create(body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "zaakinformatieobject_update", summary = "Werk een ZAAK-INFORMATIEOBJECT relatie in zijn geheel bij.")
    public ZaakInformatieObject update(@PathParam("uuid") UUID uuid, @Valid @NotNull ZaakInformatieObject body) {
        return updated(uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "zaakinformatieobject_partial_update", summary = "Werk een ZAAK-INFORMATIEOBJECT relatie deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ZaakInformatieObject partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return patched(uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken", "zaken.verwijderen"})
    @Operation(operationId = "zaakinformatieobject_destroy", summary = "Verwijder een ZAAK-INFORMATIEOBJECT relatie.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        zaakInformatieObjecten.delete(uuid);
        return Response.noContent().build();
    }
}
