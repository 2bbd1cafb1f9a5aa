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
import nl.zgw.catalogi.model.ZaakType;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.Sql;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.ZaakTypeKind;
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

/** ZAAKTYPE: the zaaktypen collection of the Catalogi API. */
@Path("/api/v1/zaaktypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakTypeResource {

    static final String LEZEN = "catalogi.lezen";
    static final String SCHRIJVEN = "catalogi.schrijven";

    private final TypeService service;
    private final ZaakTypeKind kind;
    private final Filters filters;
    private final Expander expander;
    private final ResourceUrls urls;

    public ZaakTypeResource(TypeService service, ZaakTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        this.service = service;
        this.kind = kind;
        this.filters = filters;
        this.expander = expander;
        this.urls = urls;
    }

    @GET
    @Scopes(LEZEN)
    @Operation(operationId = "zaaktype_list", summary = "Alle ZAAKTYPEn opvragen.")
    public Page<ZaakType> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("catalogus") String catalogus,
            @QueryParam("identificatie") String identificatie,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("trefwoorden") String trefwoorden,
            @QueryParam("status") String status,
            @QueryParam("datumGeldigheid") String datumGeldigheid,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Expander.Tree tree = expander.parse("zaaktype", expand);
        Sql where = new Sql();
        LocalDate datum = filters.date("datumGeldigheid", datumGeldigheid);
        filters.equalsOwn(where, "catalogus", "catalogus", catalogus, "catalogussen");
        filters.equalsText(where, "sleutel", identificatie);
        List<String> woorden = filters.commaList(trefwoorden);
        if (!woorden.isEmpty()) {
            where.and("jsonb_exists_all(data -> 'trefwoorden', ?)", woorden);
        }
        filters.status(where, status);
        filters.datumGeldigheid(where, datum);
        Page<ZaakType> found = service.list(kind, where, PageRequest.parse(page),
                urls.publicRequestUrl(uri.getRequestUri()), datum == null ? LocalDate.now() : datum);
        return new Page<>(found.count(), found.next(), found.previous(),
                expander.apply("zaaktype", found.results(), tree, ZaakType.class));
    }

    @GET
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "zaaktype_retrieve", summary = "Een specifieke ZAAKTYPE opvragen.")
    public ZaakType read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand,
                       @QueryParam("datumGeldigheid") String datumGeldigheid) {
        Expander.Tree tree = expander.parse("zaaktype", expand);
        LocalDate datum = filters.date("datumGeldigheid", datumGeldigheid);
        return expander.apply("zaaktype", List.of(service.read(kind, uuid, datum == null ? LocalDate.now() : datum)), tree,
                ZaakType.class).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "zaaktype_headers", summary = "De headers voor een specifiek(e) ZAAKTYPE opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public ZaakType headers(@PathParam("uuid") UUID uuid) {
        return service.read(kind, uuid, LocalDate.now());
    }

    @POST
    @Scopes({SCHRIJVEN})
    @Operation(operationId = "zaaktype_create", summary = "Maak een ZAAKTYPE aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakType.class)))
    public Response create(@Valid @NotNull ZaakType body) {
        ZaakType created = service.create(kind, body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "zaaktype_update", summary = "Werk een ZAAKTYPE in zijn geheel bij.")
    public ZaakType update(@PathParam("uuid") UUID uuid, @Valid @NotNull ZaakType body) {
        return service.update(kind, uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "zaaktype_partial_update", summary = "Werk een ZAAKTYPE deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ZaakType partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(kind, uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_VERWIJDEREN})
    @Operation(operationId = "zaaktype_destroy", summary = "Verwijder een ZAAKTYPE.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(kind, uuid);
        return Response.noContent().build();
    }

    @POST
    @Path("/{uuid}/publish")
    @Consumes(MediaType.WILDCARD) // no body is needed; clients send none, {} or anything
    @Scopes(SCHRIJVEN)
    @Operation(operationId = "zaaktype_publish", summary = "Publiceer het concept ZAAKTYPE.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakType.class)))
    public ZaakType publish(@PathParam("uuid") UUID uuid) {
        return service.publish(kind, uuid);
    }

    private static List<String> texts(TypeRow row, String field) {
        List<String> out = new java.util.ArrayList<>();
        row.data().path(field).forEach(n -> out.add(n.asText()));
        return out;
    }
}
