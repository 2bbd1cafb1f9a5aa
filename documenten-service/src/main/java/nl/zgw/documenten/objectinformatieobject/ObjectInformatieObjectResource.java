package nl.zgw.documenten.objectinformatieobject;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.documenten.informatieobject.Uitbreiding;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * OBJECTINFORMATIEOBJECT: relations of documents with zaken, besluiten and verzoeken, created and
 * removed by the APIs that lead them (lists are not paged, as specified).
 */
@Path("/objectinformatieobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectInformatieObjectResource {

    private final ObjectInformatieObjectService service;
    private final Uitbreiding uitbreiding;

    public ObjectInformatieObjectResource(ObjectInformatieObjectService service, Uitbreiding uitbreiding) {
        this.service = service;
        this.uitbreiding = uitbreiding;
    }

    @GET
    @Scopes("documenten.lezen")
    @Operation(operationId = "objectinformatieobject_list", summary = "Alle OBJECT-INFORMATIEOBJECT relaties opvragen.")
    public List<ObjectInformatieObject> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("object") String object,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("informatieobject") String informatieobject,
            @QueryParam("expand") String expand) {
        return uitbreiding.vanDocument(service.list(object, informatieobject), expand, ObjectInformatieObject.class);
    }

    @POST
    @Scopes("documenten.aanmaken")
    @Operation(operationId = "objectinformatieobject_create", summary = "Maak een OBJECT-INFORMATIEOBJECT relatie aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectInformatieObject.class)))
    public Response create(@Valid @NotNull ObjectInformatieObject body) {
        ObjectInformatieObject created = service.create(body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @GET
    @Path("/{uuid}")
    @Scopes("documenten.lezen")
    @ETagged
    @Operation(operationId = "objectinformatieobject_retrieve", summary = "Een specifieke OBJECT-INFORMATIEOBJECT relatie opvragen.")
    public ObjectInformatieObject read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return uitbreiding.vanDocument(List.of(service.read(uuid)), expand, ObjectInformatieObject.class).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes("documenten.lezen")
    @ETagged
    @Operation(operationId = "objectinformatieobject_headers", summary = "De headers voor een specifiek(e) OBJECTINFORMATIEOBJECT opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public ObjectInformatieObject headers(@PathParam("uuid") UUID uuid) {
        return service.read(uuid);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes("documenten.verwijderen")
    @Operation(operationId = "objectinformatieobject_destroy", summary = "Verwijder een OBJECT-INFORMATIEOBJECT relatie.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
