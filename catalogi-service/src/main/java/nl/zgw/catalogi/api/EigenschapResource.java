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
import nl.zgw.catalogi.model.Eigenschap;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.Sql;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.EigenschapKind;
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

/** EIGENSCHAP: the eigenschappen collection of the Catalogi API. */
@Path("/api/v1/eigenschappen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EigenschapResource {

    static final String LEZEN = "catalogi.lezen";
    static final String SCHRIJVEN = "catalogi.schrijven";

    private final TypeService service;
    private final EigenschapKind kind;
    private final Filters filters;
    private final Expander expander;
    private final ResourceUrls urls;

    public EigenschapResource(TypeService service, EigenschapKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        this.service = service;
        this.kind = kind;
        this.filters = filters;
        this.expander = expander;
        this.urls = urls;
    }

    @GET
    @Scopes(LEZEN)
    @Operation(operationId = "eigenschap_list", summary = "Alle EIGENSCHAPpen opvragen.")
    public Page<Eigenschap> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("zaaktype") String zaaktype,
            @QueryParam("zaaktypeIdentificatie") String zaaktypeIdentificatie,
            @QueryParam("status") String status,
            @QueryParam("datumGeldigheid") String datumGeldigheid,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Expander.Tree tree = expander.parse("eigenschap", expand);
        Sql where = new Sql();
        LocalDate datum = filters.date("datumGeldigheid", datumGeldigheid);
        filters.equalsOwn(where, "zaaktype", "zaaktype", zaaktype, "zaaktypen");
        filters.zaaktypeIdentificatie(where, zaaktypeIdentificatie);
        filters.status(where, status);
        filters.datumGeldigheid(where, datum);
        Page<Eigenschap> found = service.list(kind, where, PageRequest.parse(page),
                urls.publicRequestUrl(uri.getRequestUri()), datum == null ? LocalDate.now() : datum);
        return new Page<>(found.count(), found.next(), found.previous(),
                expander.apply("eigenschap", found.results(), tree, Eigenschap.class));
    }

    @GET
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "eigenschap_retrieve", summary = "Een specifieke EIGENSCHAP opvragen.")
    public Eigenschap read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        Expander.Tree tree = expander.parse("eigenschap", expand);
        return expander.apply("eigenschap", List.of(service.read(kind, uuid, LocalDate.now())), tree, Eigenschap.class).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(LEZEN)
    @ETagged
    @Operation(operationId = "eigenschap_headers", summary = "De headers voor een specifiek(e) EIGENSCHAP opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public Eigenschap headers(@PathParam("uuid") UUID uuid) {
        return service.read(kind, uuid, LocalDate.now());
    }

    @POST
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "eigenschap_create", summary = "Maak een EIGENSCHAP aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Eigenschap.class)))
    public Response create(@Valid @NotNull Eigenschap body) {
        Eigenschap created = service.create(kind, body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "eigenschap_update", summary = "Werk een EIGENSCHAP in zijn geheel bij.")
    public Eigenschap update(@PathParam("uuid") UUID uuid, @Valid @NotNull Eigenschap body) {
        return service.update(kind, uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "eigenschap_partial_update", summary = "Werk een EIGENSCHAP deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Eigenschap partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(kind, uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_VERWIJDEREN})
    @Operation(operationId = "eigenschap_destroy", summary = "Verwijder een EIGENSCHAP.")
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
