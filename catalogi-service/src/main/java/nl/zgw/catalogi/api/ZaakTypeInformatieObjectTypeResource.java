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
import nl.zgw.catalogi.model.ZaakTypeInformatieObjectType;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.Sql;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.ZaakTypeInformatieObjectTypeKind;
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

/** ZAAKTYPEINFORMATIEOBJECTTYPE: the zaaktype-informatieobjecttypen collection of the Catalogi API. */
@Path("/api/v1/zaaktype-informatieobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakTypeInformatieObjectTypeResource {

    static final String LEZEN = "catalogi.lezen";
    static final String SCHRIJVEN = "catalogi.schrijven";

    private final TypeService service;
    private final ZaakTypeInformatieObjectTypeKind kind;
    private final Filters filters;
    private final Expander expander;
    private final ResourceUrls urls;

    public ZaakTypeInformatieObjectTypeResource(TypeService service, ZaakTypeInformatieObjectTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        this.service = service;
        this.kind = kind;
        this.filters = filters;
        this.expander = expander;
        this.urls = urls;
    }

    @GET
    @Scopes(LEZEN)
    @Operation(operationId = "zaakinformatieobjecttype_list", summary = "Alle ZAAKTYPE-INFORMATIEOBJECTTYPE relaties opvragen.")
    public Page<ZaakTypeInformatieObjectType> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("zaaktype") String zaaktype,
            @QueryParam("informatieobjecttype") String informatieobjecttype,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"inkomend", "intern", "uitgaand"})) @QueryParam("richting") String richting,
            @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Expander.Tree tree = expander.parse("zaaktype-informatieobjecttype", expand);
        Sql where = new Sql();
        filters.equalsOwn(where, "zaaktype", "zaaktype", zaaktype, "zaaktypen");
        if (informatieobjecttype != null && !informatieobjecttype.isBlank()) {
            if (informatieobjecttype.startsWith("http")) {
                filters.type("informatieobjecttype", informatieobjecttype, Soort.INFORMATIEOBJECTTYPE).ifPresentOrElse(
                        i -> where.and("catalogus = ?", i.catalogus()).and("data ->> 'informatieobjecttype' = ?", i.sleutel()),
                        where::none);
            } else {
                where.and("data ->> 'informatieobjecttype' = ?", informatieobjecttype);
            }
        }
        if (richting != null && !richting.isBlank() && !List.of("inkomend", "intern", "uitgaand").contains(richting)) {
            throw ValidationException.of("richting", "invalid_choice", "Kies uit inkomend, intern of uitgaand.");
        }
        filters.equalsText(where, "data ->> 'richting'", richting);
        filters.status(where, status);
        Page<ZaakTypeInformatieObjectType> found = service.list(kind, where, PageRequest.parse(page),
                urls.publicRequestUrl(uri.getRequestUri()), LocalDate.now());
        return new Page<>(found.count(), found.next(), found.previous(),
                expander.apply("zaaktype-informatieobjecttype", found.results(), tree, ZaakTypeInformatieObjectType.class));
    }

    @GET
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "zaakinformatieobjecttype_retrieve", summary = "Een specifieke ZAAKTYPEINFORMATIEOBJECTTYPE opvragen.")
    public ZaakTypeInformatieObjectType read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        Expander.Tree tree = expander.parse("zaaktype-informatieobjecttype", expand);
        return expander.apply("zaaktype-informatieobjecttype", List.of(service.read(kind, uuid, LocalDate.now())), tree, ZaakTypeInformatieObjectType.class).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "zaakinformatieobjecttype_headers", summary = "De headers voor een specifiek(e) ZAAKTYPEINFORMATIEOBJECTTYPE opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public ZaakTypeInformatieObjectType headers(@PathParam("uuid") UUID uuid) {
        return service.read(kind, uuid, LocalDate.now());
    }

    @POST
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "zaakinformatieobjecttype_create", summary = "Maak een ZAAKTYPEINFORMATIEOBJECTTYPE aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakTypeInformatieObjectType.class)))
    public Response create(@Valid @NotNull ZaakTypeInformatieObjectType body) {
        ZaakTypeInformatieObjectType created = service.create(kind, body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "zaakinformatieobjecttype_update", summary = "Werk een ZAAKTYPEINFORMATIEOBJECTTYPE in zijn geheel bij.")
    public ZaakTypeInformatieObjectType update(@PathParam("uuid") UUID uuid, @Valid @NotNull ZaakTypeInformatieObjectType body) {
        return service.update(kind, uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "zaakinformatieobjecttype_partial_update", summary = "Werk een ZAAKTYPEINFORMATIEOBJECTTYPE deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ZaakTypeInformatieObjectType partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(kind, uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_VERWIJDEREN})
    @Operation(operationId = "zaakinformatieobjecttype_destroy", summary = "Verwijder een ZAAKTYPEINFORMATIEOBJECTTYPE.")
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
