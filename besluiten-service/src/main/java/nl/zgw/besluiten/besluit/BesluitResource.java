package nl.zgw.besluiten.besluit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

/**
 * BESLUITEN. The specification of 1.1.0 has no HEAD operation; the detail carries an ETag and
 * answers a matching If-None-Match with 304. {@code expand}: see {@link BesluitUitbreiding}.
 */
@Path("/besluiten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BesluitResource {

    private final BesluitService service;
    private final Besluiten besluiten;
    private final ResourceUrls urls;
    private final BesluitUitbreiding uitbreiding;

    public BesluitResource(BesluitService service, Besluiten besluiten, ResourceUrls urls, BesluitUitbreiding uitbreiding) {
        this.besluiten = besluiten;
        this.uitbreiding = uitbreiding;
        this.service = service;
        this.urls = urls;
    }

    @GET
    @Scopes(BesluitService.LEZEN)
    @Operation(operationId = "besluit_list", summary = "Alle BESLUITen opvragen.")
    public Page<Besluit> list(@BeanParam BesluitFilters filters,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                              @QueryParam("expand") String expand,
                              @Context UriInfo uri) {
        uitbreiding.controleerBesluit(expand);
        Page<Besluit> found = service.list(filters.where(), PageRequest.parse(page), urls.publicRequestUrl(uri.getRequestUri()));
        return new Page<>(found.count(), found.next(), found.previous(), uitbreiding.besluiten(found.results(), expand));
    }

    @POST
    @Scopes("besluiten.aanmaken")
    @Operation(operationId = "besluit_create", summary = "Maak een BESLUIT aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Besluit.class)))
    public Response create(@Valid @NotNull Besluit body) {
        Besluit created = besluiten.create(body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @GET
    @Path("/{uuid}")
    @Scopes(BesluitService.LEZEN)
    @ETagged
    @Operation(operationId = "besluit_read", summary = "Een specifiek BESLUIT opvragen.")
    public Besluit read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        uitbreiding.controleerBesluit(expand);
        return uitbreiding.besluiten(java.util.List.of(service.read(uuid)), expand).get(0);
    }

    @PUT
    @Path("/{uuid}")
    @Scopes("besluiten.bijwerken")
    @Operation(operationId = "besluit_update", summary = "Werk een BESLUIT in zijn geheel bij.")
    public Besluit update(@PathParam("uuid") UUID uuid, @Valid @NotNull Besluit body) {
        return service.update(uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes("besluiten.bijwerken")
    @Operation(operationId = "besluit_partial_update", summary = "Werk een BESLUIT deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Besluit.class)))
    public Besluit partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes("besluiten.verwijderen")
    @Operation(operationId = "besluit_delete", summary = "Verwijder een BESLUIT.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
