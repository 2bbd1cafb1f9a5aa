package nl.zgw.besluiten.besluitinformatieobject;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.besluiten.besluit.BesluitMapper;
import nl.zgw.besluiten.besluit.BesluitUitbreiding;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Where;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** BESLUITINFORMATIEOBJECT: the documents a besluit lays down, mirrored in the Documenten API. */
@Path("/besluitinformatieobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BesluitInformatieObjectResource {

    private final BesluitInformatieObjectService service;
    private final BesluitInformatieObjecten besluitInformatieObjecten;
    private final ResourceUrls urls;
    private final BesluitUitbreiding uitbreiding;

    public BesluitInformatieObjectResource(BesluitInformatieObjectService service,
                                           BesluitInformatieObjecten besluitInformatieObjecten, ResourceUrls urls,
                                           BesluitUitbreiding uitbreiding) {
        this.uitbreiding = uitbreiding;
        this.service = service;
        this.besluitInformatieObjecten = besluitInformatieObjecten;
        this.urls = urls;
    }

    @GET
    @Scopes("besluiten.lezen")
    @Operation(operationId = "besluitinformatieobject_list", summary = "Alle BESLUIT-INFORMATIEOBJECT relaties opvragen.")
    public List<BesluitInformatieObject> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("besluit") String besluit,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("informatieobject")
            String informatieobject,
            @QueryParam("expand") String expand) {
        uitbreiding.controleerBesluitInformatieObject(expand);
        Where where = new Where();
        if (besluit != null) {
            UUID uuid = urls.ownUuid(ResourceUrl.parse("besluit", besluit), BesluitMapper.COLLECTION).orElse(null);
            if (uuid == null) {
                return List.of(); // no besluit of this API has any
            }
            where.and("bio.besluit = ?", uuid);
        }
        if (informatieobject != null) {
            ResourceUrl.parse("informatieobject", informatieobject);
            where.and("bio.informatieobject = ?", informatieobject);
        }
        return uitbreiding.besluitInformatieObjecten(service.list(where), expand);
    }

    @POST
    @Scopes("besluiten.aanmaken")
    @Operation(operationId = "besluitinformatieobject_create", summary = "Maak een BESLUIT-INFORMATIEOBJECT relatie aan.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BesluitInformatieObject.class)))
    public Response create(@Valid @NotNull BesluitInformatieObject body) {
        BesluitInformatieObject created = besluitInformatieObjecten.create(body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @GET
    @Path("/{uuid}")
    @Scopes("besluiten.lezen")
    @ETagged
    @Operation(operationId = "besluitinformatieobject_read", summary = "Een specifieke BESLUIT-INFORMATIEOBJECT relatie opvragen.")
    public BesluitInformatieObject read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        uitbreiding.controleerBesluitInformatieObject(expand);
        return uitbreiding.besluitInformatieObjecten(List.of(service.read(uuid)), expand).get(0);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes("besluiten.verwijderen")
    @Operation(operationId = "besluitinformatieobject_delete", summary = "Verwijder een BESLUIT-INFORMATIEOBJECT relatie.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        besluitInformatieObjecten.delete(uuid);
        return Response.noContent().build();
    }
}
