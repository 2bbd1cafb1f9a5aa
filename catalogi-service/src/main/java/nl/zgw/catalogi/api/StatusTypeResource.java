package nl.zgw.catalogi.api;

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
import nl.zgw.catalogi.model.StatusType;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.Sql;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.StatusTypeKind;
import nl.zgw.catalogi.type.Expander;
import nl.zgw.catalogi.type.TypeService;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** STATUSTYPE: the statustypen collection of the Catalogi API. */
@Path("/api/v1/statustypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusTypeResource {

    static final String LEZEN = "catalogi.lezen";
    static final String SCHRIJVEN = "catalogi.schrijven";

    private final TypeService service;
    private final StatusTypeKind kind;
    private final Filters filters;
    private final Expander expander;
    private final ResourceUrls urls;

    public StatusTypeResource(TypeService service, StatusTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        this.service = service;
        this.kind = kind;
        this.filters = filters;
        this.expander = expander;
        this.urls = urls;
    }

    @GET
    @Scopes(LEZEN)
    @Operation(operationId = "statustype_list", summary = "Alle STATUSTYPEn opvragen.")
    public Page<StatusType> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("zaaktype") String zaaktype,
            @QueryParam("zaaktypeIdentificatie") String zaaktypeIdentificatie,
            @QueryParam("status") String status,
            @QueryParam("datumGeldigheid") String datumGeldigheid,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Expander.Tree tree = expander.parse("statustype", expand);
        Sql where = new Sql();
        LocalDate datum = filters.date("datumGeldigheid", datumGeldigheid);
        filters.equalsOwn(where, "zaaktype", "zaaktype", zaaktype, "zaaktypen");
        filters.zaaktypeIdentificatie(where, zaaktypeIdentificatie);
        filters.status(where, status);
        filters.datumGeldigheid(where, datum);
        Page<StatusType> found = service.list(kind, where, PageRequest.parse(page),
                urls.publicRequestUrl(uri.getRequestUri()), datum == null ? LocalDate.now() : datum);
        return new Page<>(found.count(), found.next(), found.previous(),
                expander.apply("statustype", found.results(), tree, StatusType.class));
    }

    @GET
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "statustype_retrieve", summary = "Een specifieke STATUSTYPE opvragen.")
    public StatusType read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        Expander.Tree tree = expander.parse("statustype", expand);
        return expander.apply("statustype", List.of(service.read(kind, uuid, LocalDate.now())), tree, StatusType.class).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "statustype_headers", summary = "De headers voor een specifiek(e) STATUSTYPE opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public StatusType headers(@PathParam("uuid") UUID uuid) {
        return service.read(kind, uuid, LocalDate.now());
    }

    @POST
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "statustype_create", summary = "Maak een STATUSTYPE aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusType.class)))
    public Response create(@Valid @NotNull StatusType body) {
        StatusType created = service.create(kind, body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "statustype_update", summary = "Werk een STATUSTYPE in zijn geheel bij.")
    public StatusType update(@PathParam("uuid") UUID uuid, @Valid @NotNull StatusType body) {
        return service.update(kind, uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "statustype_partial_update", summary = "Werk een STATUSTYPE deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public StatusType partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(kind, uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_VERWIJDEREN})
    @Operation(operationId = "statustype_destroy", summary = "Verwijder een STATUSTYPE.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(kind, uuid);
        return Response.noContent().build();
    }

    private static List<String> texts(TypeRow row, String field) {
        List<String> out = new java.util.ArrayList<>();
        row.data().path(field).forEach(n -> out.add(n.asText()));
        return out;
    }
}
