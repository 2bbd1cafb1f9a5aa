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
import nl.zgw.catalogi.model.RolType;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.Sql;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.RolTypeKind;
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

/** ROLTYPE: the roltypen collection of the Catalogi API. */
@Path("/api/v1/roltypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolTypeResource {

    static final String LEZEN = "catalogi.lezen";
    static final String SCHRIJVEN = "catalogi.schrijven";

    private final TypeService service;
    private final RolTypeKind kind;
    private final Filters filters;
    private final Expander expander;
    private final ResourceUrls urls;

    public RolTypeResource(TypeService service, RolTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        this.service = service;
        this.kind = kind;
        this.filters = filters;
        this.expander = expander;
        this.urls = urls;
    }

    @GET
    @Scopes(LEZEN)
    @Operation(operationId = "roltype_list", summary = "Alle ROLTYPEn opvragen.")
    public Page<RolType> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("zaaktype") String zaaktype,
            @QueryParam("zaaktypeIdentificatie") String zaaktypeIdentificatie,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator"})) @QueryParam("omschrijvingGeneriek") String omschrijvingGeneriek,
            @QueryParam("status") String status,
            @QueryParam("datumGeldigheid") String datumGeldigheid,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Expander.Tree tree = expander.parse("roltype", expand);
        Sql where = new Sql();
        LocalDate datum = filters.date("datumGeldigheid", datumGeldigheid);
        filters.equalsOwn(where, "zaaktype", "zaaktype", zaaktype, "zaaktypen");
        filters.zaaktypeIdentificatie(where, zaaktypeIdentificatie);
        filters.equalsText(where, "data ->> 'omschrijvingGeneriek'", omschrijvingGeneriek);
        filters.status(where, status);
        filters.datumGeldigheid(where, datum);
        Page<RolType> found = service.list(kind, where, PageRequest.parse(page),
                urls.publicRequestUrl(uri.getRequestUri()), datum == null ? LocalDate.now() : datum);
        return new Page<>(found.count(), found.next(), found.previous(),
                expander.apply("roltype", found.results(), tree, RolType.class));
    }

    @GET
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "roltype_retrieve", summary = "Een specifieke ROLTYPE opvragen.")
    public RolType read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        Expander.Tree tree = expander.parse("roltype", expand);
        return expander.apply("roltype", List.of(service.read(kind, uuid, LocalDate.now())), tree, RolType.class).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "roltype_headers", summary = "De headers voor een specifiek(e) ROLTYPE opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public RolType headers(@PathParam("uuid") UUID uuid) {
        return service.read(kind, uuid, LocalDate.now());
    }

    @POST
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "roltype_create", summary = "Maak een ROLTYPE aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RolType.class)))
    public Response create(@Valid @NotNull RolType body) {
        RolType created = service.create(kind, body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "roltype_update", summary = "Werk een ROLTYPE in zijn geheel bij.")
    public RolType update(@PathParam("uuid") UUID uuid, @Valid @NotNull RolType body) {
        return service.update(kind, uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "roltype_partial_update", summary = "Werk een ROLTYPE deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public RolType partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(kind, uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_VERWIJDEREN})
    @Operation(operationId = "roltype_destroy", summary = "Verwijder een ROLTYPE.")
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
