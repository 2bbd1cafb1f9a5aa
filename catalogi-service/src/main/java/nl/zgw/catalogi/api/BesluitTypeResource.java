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
import nl.zgw.catalogi.model.BesluitType;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.Sql;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.BesluitTypeKind;
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

/** BESLUITTYPE: the besluittypen collection of the Catalogi API. */
@Path("/api/v1/besluittypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BesluitTypeResource {

    static final String LEZEN = "catalogi.lezen";
    static final String SCHRIJVEN = "catalogi.schrijven";

    private final TypeService service;
    private final BesluitTypeKind kind;
    private final Filters filters;
    private final Expander expander;
    private final ResourceUrls urls;

    public BesluitTypeResource(TypeService service, BesluitTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        this.service = service;
        this.kind = kind;
        this.filters = filters;
        this.expander = expander;
        this.urls = urls;
    }

    @GET
    @Scopes(LEZEN)
    @Operation(operationId = "besluittype_list", summary = "Alle BESLUITTYPEn opvragen.")
    public Page<BesluitType> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("catalogus") String catalogus,
            @QueryParam("omschrijving") String omschrijving,
            @QueryParam("zaaktypen") String zaaktypen,
            @QueryParam("informatieobjecttypen") String informatieobjecttypen,
            @QueryParam("status") String status,
            @QueryParam("datumGeldigheid") String datumGeldigheid,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Expander.Tree tree = expander.parse("besluittype", expand);
        Sql where = new Sql();
        LocalDate datum = filters.date("datumGeldigheid", datumGeldigheid);
        filters.equalsOwn(where, "catalogus", "catalogus", catalogus, "catalogussen");
        filters.equalsText(where, "sleutel", omschrijving);
        if (zaaktypen != null && !zaaktypen.isBlank()) {
            filters.type("zaaktypen", zaaktypen, Soort.ZAAKTYPE).ifPresentOrElse(z -> where.and("catalogus = ?", z.catalogus())
                    .in("sleutel", texts(z, "besluittypen")), where::none);
        }
        if (informatieobjecttypen != null && !informatieobjecttypen.isBlank()) {
            filters.type("informatieobjecttypen", informatieobjecttypen, Soort.INFORMATIEOBJECTTYPE).ifPresentOrElse(
                    i -> where.and("catalogus = ?", i.catalogus()).and("jsonb_exists(data -> 'informatieobjecttypen', ?)", i.sleutel()),
                    where::none);
        }
        filters.status(where, status);
        filters.datumGeldigheid(where, datum);
        Page<BesluitType> found = service.list(kind, where, PageRequest.parse(page),
                urls.publicRequestUrl(uri.getRequestUri()), datum == null ? LocalDate.now() : datum);
        return new Page<>(found.count(), found.next(), found.previous(),
                expander.apply("besluittype", found.results(), tree, BesluitType.class));
    }

    @GET
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "besluittype_retrieve", summary = "Een specifieke BESLUITTYPE opvragen.")
    public BesluitType read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        Expander.Tree tree = expander.parse("besluittype", expand);
        return expander.apply("besluittype", List.of(service.read(kind, uuid, LocalDate.now())), tree, BesluitType.class).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "besluittype_headers", summary = "De headers voor een specifiek(e) BESLUITTYPE opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public BesluitType headers(@PathParam("uuid") UUID uuid) {
        return service.read(kind, uuid, LocalDate.now());
    }

    @POST
    @Scopes({SCHRIJVEN})
    @Operation(operationId = "besluittype_create", summary = "Maak een BESLUITTYPE aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BesluitType.class)))
    public Response create(@Valid @NotNull BesluitType body) {
        BesluitType created = service.create(kind, body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "besluittype_update", summary = "Werk een BESLUITTYPE in zijn geheel bij.")
    public BesluitType update(@PathParam("uuid") UUID uuid, @Valid @NotNull BesluitType body) {
        return service.update(kind, uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "besluittype_partial_update", summary = "Werk een BESLUITTYPE deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public BesluitType partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(kind, uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_VERWIJDEREN})
    @Operation(operationId = "besluittype_destroy", summary = "Verwijder een BESLUITTYPE.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(kind, uuid);
        return Response.noContent().build();
    }

    @POST
    @Path("/{uuid}/publish")
    @Consumes(MediaType.WILDCARD) // no body is needed; clients send none, {} or anything
    @Scopes(SCHRIJVEN)
    @Operation(operationId = "besluittype_publish", summary = "Publiceer het concept BESLUITTYPE.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BesluitType.class)))
    public BesluitType publish(@PathParam("uuid") UUID uuid) {
        return service.publish(kind, uuid);
    }

    private static List<String> texts(TypeRow row, String field) {
        List<String> out = new java.util.ArrayList<>();
        row.data().path(field).forEach(n -> out.add(n.asText()));
        return out;
    }
}
