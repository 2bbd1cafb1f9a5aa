package nl.zgw.documenten.gebruiksrecht;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.documenten.informatieobject.InformatieObjectMapper;
import nl.zgw.documenten.informatieobject.Uitbreiding;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** GEBRUIKSRECHTEN: the conditions of use of documents (lists are not paged, as specified). */
@Path("/gebruiksrechten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GebruiksrechtResource {

    private final GebruiksrechtService service;
    private final ResourceUrls urls;
    private final Uitbreiding uitbreiding;

    public GebruiksrechtResource(GebruiksrechtService service, ResourceUrls urls, Uitbreiding uitbreiding) {
        this.uitbreiding = uitbreiding;
        this.service = service;
        this.urls = urls;
    }

    @GET
    @Scopes("documenten.lezen")
    @Operation(operationId = "gebruiksrechten_list", summary = "Alle GEBRUIKSRECHTen opvragen.")
    public List<Gebruiksrechten> list(@BeanParam GebruiksrechtFilters filters, @QueryParam("expand") String expand) {
        return uitbreiding.vanDocument(service.list(filters.where(url -> urls.ownUuid(ResourceUrl.parse("informatieobject", url),
                InformatieObjectMapper.COLLECTION))), expand, Gebruiksrechten.class);
    }

    @POST
    @Scopes("documenten.aanmaken")
    @Operation(operationId = "gebruiksrechten_create", summary = "Maak een GEBRUIKSRECHT aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Gebruiksrechten.class)))
    public Response create(@Valid @NotNull Gebruiksrechten body) {
        Gebruiksrechten created = service.create(body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @GET
    @Path("/{uuid}")
    @Scopes("documenten.lezen")
    @ETagged
    @Operation(operationId = "gebruiksrechten_retrieve", summary = "Een specifieke GEBRUIKSRECHT opvragen.")
    public Gebruiksrechten read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return uitbreiding.vanDocument(List.of(service.read(uuid)), expand, Gebruiksrechten.class).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes("documenten.lezen")
    @ETagged
    @Operation(operationId = "gebruiksrechten_headers", summary = "De headers voor een specifiek(e) GEBRUIKSRECHT INFORMATIEOBJECT opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public Gebruiksrechten headers(@PathParam("uuid") UUID uuid) {
        return service.read(uuid);
    }

    @PUT
    @Path("/{uuid}")
    @Scopes("documenten.bijwerken")
    @Operation(operationId = "gebruiksrechten_update", summary = "Werk een GEBRUIKSRECHT in zijn geheel bij.")
    public Gebruiksrechten update(@PathParam("uuid") UUID uuid, @Valid @NotNull Gebruiksrechten body) {
        return service.update(uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes("documenten.bijwerken")
    @Operation(operationId = "gebruiksrechten_partial_update", summary = "Werk een GEBRUIKSRECHT relatie deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Gebruiksrechten partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes("documenten.verwijderen")
    @Operation(operationId = "gebruiksrechten_destroy", summary = "Verwijder een GEBRUIKSRECHT.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
