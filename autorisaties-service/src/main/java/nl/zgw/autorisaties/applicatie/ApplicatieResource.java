package nl.zgw.autorisaties.applicatie;

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

import java.util.UUID;

@Path("/api/v1/applicaties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicatieResource {

    static final String LEZEN = "autorisaties.lezen";
    static final String BIJWERKEN = "autorisaties.bijwerken";

    private final ApplicatieService service;
    private final ResourceUrls urls;

    public ApplicatieResource(ApplicatieService service, ResourceUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @GET
    @Scopes(LEZEN)
    @Operation(operationId = "applicatie_list", summary = "Geef een collectie van applicaties, met ingesloten autorisaties.")
    public Page<Applicatie> list(@QueryParam("clientIds") String clientIds,
                                 @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                                 @Context UriInfo uri) {
        return service.list(clientIds, PageRequest.parse(page), urls.publicRequestUrl(uri.getRequestUri()));
    }

    @GET
    @Path("/consumer")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "applicatie_consumer", summary = "Vraag een applicatie op, op basis van clientId")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Applicatie.class)))
    @APIResponse(responseCode = "404", description = "Not found")
    public Applicatie consumer(@Parameter(required = true) @QueryParam("clientId") String clientId) {
        return service.consumer(clientId);
    }

    @GET
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "applicatie_read", summary = "Vraag een applicatie op, met ingesloten autorisaties.")
    public Applicatie read(@PathParam("uuid") UUID uuid) {
        return service.read(uuid);
    }

    @POST
    @Scopes(BIJWERKEN)
    @Operation(operationId = "applicatie_create", summary = "Registreer een applicatie met een bepaalde set van autorisaties.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Applicatie.class)))
    public Response create(@Valid @NotNull Applicatie applicatie) {
        Applicatie created = service.create(applicatie);
        return Response.status(201).location(created.url()).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes(BIJWERKEN)
    @Operation(operationId = "applicatie_update", summary = "Werk de applicatie bij.")
    public Applicatie update(@PathParam("uuid") UUID uuid, @Valid @NotNull Applicatie applicatie) {
        return service.update(uuid, applicatie);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes(BIJWERKEN)
    @Operation(operationId = "applicatie_partial_update", summary = "Werk (een deel van) de applicatie bij.")
    public Applicatie partialUpdate(@PathParam("uuid") UUID uuid,
                                    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = Applicatie.class)))
                                    @NotNull ObjectNode patch) {
        return service.partialUpdate(uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes(BIJWERKEN)
    @Operation(operationId = "applicatie_delete", summary = "Verwijder een applicatie met de bijhorende autorisaties.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
