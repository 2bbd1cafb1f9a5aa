package nl.zgw.zaken.zaak;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import nl.zgw.shared.http.GeoCrs;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.onderdeel.Expander;
import nl.zgw.zaken.onderdeel.Velden;
import nl.zgw.zaken.onderdeel.ZaakRolFilter;
import nl.zgw.zaken.onderdeel.ZaakRolFilters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.UUID;

/** ZAAK: the zaken collection of the Zaken API (its bodies hold zaakgeometrie: CRS EPSG:4326). */
@Path("/zaken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakResource {

    private final ZaakService service;
    private final ZakenZoeken zoeken;
    private final ResourceUrls urls;
    private final ZaakRolFilter rol;
    private final Expander expander;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    /** zrc-022: the documents are read from the Documenten API before the zaak is locked. */
    private final nl.zgw.zaken.zaakinformatieobject.DocumentenGearchiveerd gearchiveerd;

    public ZaakResource(ZaakService service, ZakenZoeken zoeken, ResourceUrls urls, ZaakRolFilter rol, Expander expander,
                        com.fasterxml.jackson.databind.ObjectMapper json,
                        nl.zgw.zaken.zaakinformatieobject.DocumentenGearchiveerd gearchiveerd) {
        this.gearchiveerd = gearchiveerd;
        this.zoeken = zoeken;
        this.json = json;
        this.expander = expander;
        this.service = service;
        this.urls = urls;
        this.rol = rol;
    }

    @GET
    @Scopes(ZaakService.LEZEN)
    @GeoCrs
    @Operation(operationId = "zaak_list", summary = "Alle ZAAKen opvragen.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lijst.class)))
    public Response list(@BeanParam ZaakFilters filters, @BeanParam ZaakRolFilters rolFilters,
                           @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"openbaar",
                                   "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel",
                                   "geheim", "zeer_geheim"}))
                           @QueryParam("maximaleVertrouwelijkheidaanduiding") String maximaleVertrouwelijkheidaanduiding,
                           @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class,
                                   enumeration = {"startdatum", "-startdatum", "einddatum", "-einddatum", "publicatiedatum",
                                           "-publicatiedatum", "archiefactiedatum", "-archiefactiedatum", "registratiedatum",
                                           "-registratiedatum", "identificatie", "-identificatie"}))
                           @QueryParam("ordering") String ordering,
                           @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                           @QueryParam("expand") String expand,
                           @Context UriInfo uri) {
        expander.parse("zaak", expand);
        URI requestUrl = urls.publicRequestUrl(uri.getRequestUri());
        if (expand == null || expand.isBlank()) { // the common case: written straight from the stored JSON
            return Response.ok(zoeken.weergave(filters, rol.where(rolFilters), ordering,
                    maximaleVertrouwelijkheidaanduiding, PageRequest.parse(page), requestUrl)).build();
        }
        return Response.ok(expanded(expand, zoeken.list(filters, rol.where(rolFilters), ordering,
                maximaleVertrouwelijkheidaanduiding, PageRequest.parse(page), requestUrl))).build();
    }

    /**
     * The list envelope of zaken as the OpenAPI document names it ({@code PaginatedZaakList}); the
     * answer itself is a {@link Page} of {@link ZaakWeergave} or, with expand, of {@link Zaak}.
     */
    @Schema(name = "PageZaak")
    record Lijst(long count, URI next, URI previous, java.util.List<Zaak> results) {
    }

    @POST
    @Path("/_zoek")
    @Scopes(ZaakService.LEZEN)
    @GeoCrs
    @Operation(operationId = "zaak__zoek", summary = "Voer een (complexe) zoekopdracht uit op ZAAKen.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PaginatedZaakList")))
    public Response zoek(@NotNull ObjectNode body, @QueryParam("expand") String expandParameter,
                           @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                           @Context UriInfo uri) {
        ZaakZoekopdracht zoek = ZaakZoekopdracht.parse(body, expandParameter, page, rol, expander);
        if (zoek.velden() == null && (zoek.expand() == null || zoek.expand().isBlank())) {
            return Response.ok(zoeken.zoekWeergave(zoek, urls.publicRequestUrl(uri.getRequestUri()))).build();
        }
        Page<Zaak> found = expanded(zoek.expand(), zoeken.zoek(zoek, urls.publicRequestUrl(uri.getRequestUri())));
        Velden velden = zoek.velden();
        if (velden == null) {
            return Response.ok(found).build();
        }
        java.util.List<com.fasterxml.jackson.databind.node.ObjectNode> selected = new java.util.ArrayList<>();
        for (Zaak zaak : found.results()) {
            com.fasterxml.jackson.databind.node.ObjectNode node = json.valueToTree(zaak);
            velden.prune("zaak", node);
            selected.add(node);
        }
        return Response.ok(new Page<>(found.count(), found.next(), found.previous(), selected)).build();
    }

    @GET
    @Path("/{uuid}")
    @Scopes(ZaakService.LEZEN)
    @ETagged
    @GeoCrs
    @Operation(operationId = "zaak_retrieve", summary = "Een specifieke ZAAK opvragen.")
    public Zaak read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        expander.parse("zaak", expand);
        return expander.apply("zaak", java.util.List.of(service.read(uuid)), expand, Zaak.class).get(0);
    }

    private Page<Zaak> expanded(String expand, Page<Zaak> page) {
        return new Page<>(page.count(), page.next(), page.previous(),
                expander.apply("zaak", page.results(), expand, Zaak.class));
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(ZaakService.LEZEN)
    @ETagged
    @GeoCrs
    @Operation(operationId = "zaak_headers", summary = "De headers voor een specifiek(e) ZAAK opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public Zaak headers(@PathParam("uuid") UUID uuid) {
        return service.read(uuid);
    }

    @POST
    @Scopes("zaken.aanmaken")
    @GeoCrs
    @Operation(operationId = "zaak_create", summary = "Maak een ZAAK aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Zaak.class)))
    public Response create(@Valid @NotNull Zaak body) {
        Zaak created = service.create(body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @GeoCrs
    @Operation(operationId = "zaak_update", summary = "Werk een ZAAK in zijn geheel bij.")
    public Zaak update(@PathParam("uuid") UUID uuid, @Valid @NotNull Zaak body) {
        gearchiveerd.vooraf(uuid, body.archiefstatus());
        return service.update(uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @GeoCrs
    @Operation(operationId = "zaak_partial_update", summary = "Werk een ZAAK deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Zaak partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        gearchiveerd.vooraf(uuid, patch.path("archiefstatus").isTextual() ? patch.path("archiefstatus").asText() : null);
        return service.partialUpdate(uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes("zaken.verwijderen")
    @GeoCrs
    @Operation(operationId = "zaak_destroy", summary = "Verwijder een ZAAK.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
