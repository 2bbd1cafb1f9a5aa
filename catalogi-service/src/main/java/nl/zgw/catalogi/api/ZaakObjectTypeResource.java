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
import nl.zgw.catalogi.model.ZaakObjectType;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.Sql;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.ZaakObjectTypeKind;
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

/** ZAAKOBJECTTYPE: the zaakobjecttypen collection of the Catalogi API. */
@Path("/api/v1/zaakobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakObjectTypeResource {

    static final String LEZEN = "catalogi.lezen";
    static final String SCHRIJVEN = "catalogi.schrijven";

    private final TypeService service;
    private final ZaakObjectTypeKind kind;
    private final Filters filters;
    private final Expander expander;
    private final ResourceUrls urls;

    public ZaakObjectTypeResource(TypeService service, ZaakObjectTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        this.service = service;
        this.kind = kind;
        this.filters = filters;
        this.expander = expander;
        this.urls = urls;
    }

    @GET
    @Scopes(LEZEN)
    @Operation(operationId = "zaakobjecttype_list", summary = "Alle ZAAKOBJECTTYPEn opvragen.")
    public Page<ZaakObjectType> list(
            @QueryParam("anderObjecttype") String anderObjecttype,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("catalogus") String catalogus,
            @QueryParam("datumBeginGeldigheid") String datumBeginGeldigheid,
            @QueryParam("datumEindeGeldigheid") String datumEindeGeldigheid,
            @QueryParam("datumGeldigheid") String datumGeldigheid,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("objecttype") String objecttype,
            @QueryParam("relatieOmschrijving") String relatieOmschrijving,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("zaaktype") String zaaktype,
            @QueryParam("zaaktypeIdentificatie") String zaaktypeIdentificatie,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Expander.Tree tree = expander.parse("zaakobjecttype", expand);
        Sql where = new Sql();
        LocalDate datum = filters.date("datumGeldigheid", datumGeldigheid);
        if (anderObjecttype != null && !anderObjecttype.isBlank()) {
            if (!anderObjecttype.equals("true") && !anderObjecttype.equals("false")) {
                throw ValidationException.of("anderObjecttype", "invalid", "Kies true of false.");
            }
            where.and("(data ->> 'anderObjecttype')::boolean = ?", Boolean.parseBoolean(anderObjecttype));
        }
        filters.equalsOwn(where, "catalogus", "catalogus", catalogus, "catalogussen");
        LocalDate begin = filters.date("datumBeginGeldigheid", datumBeginGeldigheid);
        if (begin != null) {
            where.and("begin_geldigheid = ?", java.sql.Date.valueOf(begin));
        }
        LocalDate einde = filters.date("datumEindeGeldigheid", datumEindeGeldigheid);
        if (einde != null) {
            where.and("einde_geldigheid = ?", java.sql.Date.valueOf(einde));
        }
        filters.datumGeldigheid(where, datum);
        filters.equalsText(where, "data ->> 'objecttype'", objecttype);
        filters.equalsText(where, "data ->> 'relatieOmschrijving'", relatieOmschrijving);
        filters.equalsOwn(where, "zaaktype", "zaaktype", zaaktype, "zaaktypen");
        filters.zaaktypeIdentificatie(where, zaaktypeIdentificatie);
        Page<ZaakObjectType> found = service.list(kind, where, PageRequest.parse(page),
                urls.publicRequestUrl(uri.getRequestUri()), datum == null ? LocalDate.now() : datum);
        return new Page<>(found.count(), found.next(), found.previous(),
                expander.apply("zaakobjecttype", found.results(), tree, ZaakObjectType.class));
    }

    @GET
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "zaakobjecttype_retrieve", summary = "Een specifieke ZAAKOBJECTTYPE opvragen.")
    public ZaakObjectType read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        Expander.Tree tree = expander.parse("zaakobjecttype", expand);
        return expander.apply("zaakobjecttype", List.of(service.read(kind, uuid, LocalDate.now())), tree, ZaakObjectType.class).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "zaakobjecttype_headers", summary = "De headers voor een specifiek(e) ZAAKOBJECTTYPE opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public ZaakObjectType headers(@PathParam("uuid") UUID uuid) {
        return service.read(kind, uuid, LocalDate.now());
    }

    @POST
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "zaakobjecttype_create", summary = "Maak een ZAAKOBJECTTYPE aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakObjectType.class)))
    public Response create(@Valid @NotNull ZaakObjectType body) {
        ZaakObjectType created = service.create(kind, body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "zaakobjecttype_update", summary = "Werk een ZAAKOBJECTTYPE in zijn geheel bij.")
    public ZaakObjectType update(@PathParam("uuid") UUID uuid, @Valid @NotNull ZaakObjectType body) {
        return service.update(kind, uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "zaakobjecttype_partial_update", summary = "Werk een ZAAKOBJECTTYPE deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ZaakObjectType partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(kind, uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_VERWIJDEREN})
    @Operation(operationId = "zaakobjecttype_destroy", summary = "Verwijder een ZAAKOBJECTTYPE.")
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
