package nl.zgw.catalogi.catalogus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import nl.zgw.catalogi.api.Filters;
import nl.zgw.catalogi.model.Catalogus;
import nl.zgw.catalogi.type.Expander;
import nl.zgw.catalogi.type.TypeService;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Where;
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

/** CATALOGUS: the catalogussen collection of the Catalogi API. */
@Path("/api/v1/catalogussen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogusResource {

    static final String LEZEN = "catalogi.lezen";
    static final String SCHRIJVEN = "catalogi.schrijven";

    private final CatalogusService service;
    private final Filters filters;
    private final Expander expander;
    private final ResourceUrls urls;

    public CatalogusResource(CatalogusService service, Filters filters, Expander expander, ResourceUrls urls) {
        this.service = service;
        this.filters = filters;
        this.expander = expander;
        this.urls = urls;
    }

    @GET
    @Scopes({LEZEN, "zaken.lezen", "documenten.lezen"}) // ztc-014
    @Operation(operationId = "catalogus_list", summary = "Alle CATALOGUSsen opvragen.")
    public Page<Catalogus> list(@QueryParam("domein") String domein, @QueryParam("domein__in") String domeinIn,
                                @QueryParam("rsin") String rsin, @QueryParam("rsin__in") String rsinIn,
                                @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                                @QueryParam("expand") String expand, @Context UriInfo uri) {
        Expander.Tree tree = expander.parse("catalogus", expand);
        Where where = new Where();
        filters.equalsText(where, "domein", domein);
        filters.equalsText(where, "rsin", rsin);
        List<String> domeinen = filters.commaList(domeinIn);
        if (domeinIn != null && !domeinIn.isBlank()) {
            where.in("domein", domeinen);
        }
        List<String> rsins = filters.commaList(rsinIn);
        if (rsinIn != null && !rsinIn.isBlank()) {
            where.in("rsin", rsins);
        }
        Page<Catalogus> found = service.list(where, PageRequest.parse(page), urls.publicRequestUrl(uri.getRequestUri()));
        return new Page<>(found.count(), found.next(), found.previous(),
                expander.apply("catalogus", found.results(), tree, Catalogus.class, LocalDate.now()));
    }

    @GET
    @Path("/{uuid}")
    @Scopes({LEZEN, "zaken.lezen", "documenten.lezen"}) // ztc-014
    @ETagged
    @Operation(operationId = "catalogus_retrieve", summary = "Een specifieke CATALOGUS opvragen.")
    public Catalogus read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        Expander.Tree tree = expander.parse("catalogus", expand);
        return expander.apply("catalogus", List.of(service.read(uuid)), tree, Catalogus.class, LocalDate.now()).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes({LEZEN, "zaken.lezen", "documenten.lezen"}) // ztc-014
    @ETagged
    @Operation(operationId = "catalogus_headers", summary = "De headers voor een specifiek(e) CATALOGUS opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public Catalogus headers(@PathParam("uuid") UUID uuid) {
        return service.read(uuid);
    }

    @POST
    @Scopes(SCHRIJVEN)
    @Operation(operationId = "catalogus_create", summary = "Maak een CATALOGUS aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Catalogus.class)))
    public Response create(@Valid @NotNull Catalogus body) {
        Catalogus created = service.create(body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "catalogus_update", summary = "Werk een CATALOGUS in zijn geheel bij.")
    public Catalogus update(@PathParam("uuid") UUID uuid, @Valid @NotNull Catalogus body) {
        return service.update(uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @Operation(operationId = "catalogus_partial_update", summary = "Werk een CATALOGUS deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Catalogus.class)))
    public Catalogus partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(uuid, patch);
    }
}
