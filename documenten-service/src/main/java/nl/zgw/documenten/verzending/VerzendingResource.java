package nl.zgw.documenten.verzending;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.documenten.informatieobject.Uitbreiding;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.ref.ResourceUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.UUID;

/** VERZENDING: documents sent to or received from betrokkenen (paged). */
@Path("/verzendingen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerzendingResource {

    private final VerzendingService service;
    private final ResourceUrls urls;
    private final Uitbreiding uitbreiding;

    public VerzendingResource(VerzendingService service, ResourceUrls urls, Uitbreiding uitbreiding) {
        this.uitbreiding = uitbreiding;
        this.service = service;
        this.urls = urls;
    }

    @GET
    @Scopes("documenten.lezen")
    @Operation(operationId = "verzending_list", summary = "Alle VERZENDINGen opvragen.")
    public Page<Verzending> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"afzender", "geadresseerde"}))
            @QueryParam("aardRelatie") String aardRelatie,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("informatieobject") String informatieobject,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("betrokkene") String betrokkene,
            @QueryParam("expand") String expand,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Context UriInfo uri) {
        Page<Verzending> found = service.list(aardRelatie, informatieobject, betrokkene, PageRequest.parse(page),
                urls.publicRequestUrl(uri.getRequestUri()));
        return new Page<>(found.count(), found.next(), found.previous(),
                uitbreiding.vanDocument(found.results(), expand, Verzending.class));
    }

    @POST
    @Scopes("documenten.aanmaken")
    @Operation(operationId = "verzending_create", summary = "Maak een VERZENDING aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verzending.class)))
    public Response create(@Valid @NotNull Verzending body) {
        Verzending created = service.create(body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @GET
    @Path("/{uuid}")
    @Scopes("documenten.lezen")
    @ETagged
    @Operation(operationId = "verzending_retrieve", summary = "Een specifieke VERZENDING opvragen.")
    public Verzending read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return uitbreiding.vanDocument(java.util.List.of(service.read(uuid)), expand, Verzending.class).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes("documenten.lezen")
    @ETagged
    @Operation(operationId = "verzending_headers", summary = "De headers voor een specifiek(e) VERZENDING opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public Verzending headers(@PathParam("uuid") UUID uuid) {
        return service.read(uuid);
    }

    @PUT
    @Path("/{uuid}")
    @Scopes("documenten.bijwerken")
    @Operation(operationId = "verzending_update", summary = "Werk een VERZENDING in zijn geheel bij.")
    public Verzending update(@PathParam("uuid") UUID uuid, @Valid @NotNull Verzending body) {
        return service.update(uuid, body, null);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes("documenten.bijwerken")
    @Operation(operationId = "verzending_partial_update", summary = "Werk een VERZENDING deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Verzending partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.update(uuid, null, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes("documenten.verwijderen")
    @Operation(operationId = "verzending_destroy", summary = "Verwijder een VERZENDING.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
