package nl.zgw.documenten.informatieobject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import nl.zgw.documenten.inhoud.DocumentLezer;
import nl.zgw.documenten.inhoud.DocumentVerzoek;
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

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * ENKELVOUDIGINFORMATIEOBJECT: documents, every version kept. Bodies with {@code inhoud} are read
 * as they stream in ({@link DocumentLezer}); content is downloaded from {@link DownloadResource}.
 */
@Path("/enkelvoudiginformatieobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InformatieObjectResource {

    private final InformatieObjectService service;
    private final InformatieObjectenZoeken zoeken;
    private final DocumentLezer lezer;
    private final ResourceUrls urls;
    private final ObjectMapper json;
    private final Uitbreiding uitbreiding;

    public InformatieObjectResource(InformatieObjectService service, InformatieObjectenZoeken zoeken, DocumentLezer lezer,
                                    ResourceUrls urls, ObjectMapper json, Uitbreiding uitbreiding) {
        this.uitbreiding = uitbreiding;
        this.service = service;
        this.zoeken = zoeken;
        this.lezer = lezer;
        this.urls = urls;
        this.json = json;
    }

    @GET
    @Scopes(InformatieObjectService.LEZEN)
    @Operation(operationId = "enkelvoudiginformatieobject_list", summary = "Alle (ENKELVOUDIG) INFORMATIEOBJECTen opvragen.")
    public Page<EnkelvoudigInformatieObject> list(
            @QueryParam("identificatie") String identificatie,
            @QueryParam("bronorganisatie") String bronorganisatie,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @QueryParam("trefwoorden") String trefwoorden,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri"))
            @QueryParam("objectinformatieobjecten_object") String object,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"besluit", "zaak", "verzoek"}))
            @QueryParam("objectinformatieobjecten_objectType") String objectType,
            @QueryParam("expand") String expand,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Context UriInfo uri) {
        return uitgebreid(zoeken.list(new InformatieObjectFilters(identificatie, bronorganisatie, trefwoorden, object,
                objectType, null), PageRequest.parse(page), urls.publicRequestUrl(uri.getRequestUri())), expand);
    }

    @POST
    @Path("/_zoek")
    @Scopes(InformatieObjectService.LEZEN)
    @Operation(operationId = "enkelvoudiginformatieobject__zoek", summary = "Voer een zoekopdracht uit op (ENKELVOUDIG) INFORMATIEOBJECTen.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Page<EnkelvoudigInformatieObject> zoek(@NotNull ObjectNode body,
                                                  @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                                                  @Context UriInfo uri) {
        InformatieObjectFilters filters = InformatieObjectFilters.zoek(body);
        return uitgebreid(zoeken.list(filters, PageRequest.parse(page), urls.publicRequestUrl(uri.getRequestUri())),
                body.path("expand").asText(null));
    }

    @POST
    @Scopes("documenten.aanmaken")
    @Operation(operationId = "enkelvoudiginformatieobject_create", summary = "Maak een (ENKELVOUDIG) INFORMATIEOBJECT aan.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnkelvoudigInformatieObject.class)))
    public Response create(InputStream body) {
        try (DocumentVerzoek verzoek = lezer.lees(body)) {
            InformatieObjectService.Aangemaakt aangemaakt = service.create(verzoek);
            ObjectNode entity = json.valueToTree(aangemaakt.document());
            entity.put("lock", aangemaakt.lock());
            return Response.status(201).location(URI.create(aangemaakt.document().url())).entity(entity).build();
        }
    }

    @GET
    @Path("/{uuid}")
    @Scopes(InformatieObjectService.LEZEN)
    @ETagged
    @Operation(operationId = "enkelvoudiginformatieobject_retrieve", summary = "Een specifiek (ENKELVOUDIG) INFORMATIEOBJECT opvragen.")
    public EnkelvoudigInformatieObject read(@PathParam("uuid") UUID uuid,
                                            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("versie") String versie,
                                            @QueryParam("registratieOp") String registratieOp,
                                            @QueryParam("expand") String expand) {
        return uitbreiding.documenten(List.of(service.read(uuid, Versies.versie(versie),
                Versies.registratieOp(registratieOp))), expand).get(0);
    }

    @HEAD
    @Path("/{uuid}")
    @Scopes(InformatieObjectService.LEZEN)
    @ETagged
    @Operation(operationId = "enkelvoudiginformatieobject_headers", summary = "De headers voor een specifiek(e) ENKELVOUDIG INFORMATIE OBJECT opvragen.")
    @APIResponse(responseCode = "200", description = "OK")
    public EnkelvoudigInformatieObject headers(@PathParam("uuid") UUID uuid) {
        return service.read(uuid, null, null);
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({"documenten.bijwerken", "documenten.geforceerd-bijwerken"})
    @Operation(operationId = "enkelvoudiginformatieobject_update", summary = "Werk een (ENKELVOUDIG) INFORMATIEOBJECT in zijn geheel bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public EnkelvoudigInformatieObject update(@PathParam("uuid") UUID uuid, InputStream body) {
        try (DocumentVerzoek verzoek = lezer.lees(body)) {
            return service.update(uuid, verzoek, true);
        }
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({"documenten.bijwerken", "documenten.geforceerd-bijwerken"})
    @Operation(operationId = "enkelvoudiginformatieobject_partial_update", summary = "Werk een (ENKELVOUDIG) INFORMATIEOBJECT deels bij.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public EnkelvoudigInformatieObject partialUpdate(@PathParam("uuid") UUID uuid, InputStream body) {
        try (DocumentVerzoek verzoek = lezer.lees(body)) {
            return service.update(uuid, verzoek, false);
        }
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes("documenten.verwijderen")
    @Operation(operationId = "enkelvoudiginformatieobject_destroy", summary = "Verwijder een (ENKELVOUDIG) INFORMATIEOBJECT.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }

    @POST
    @Path("/{uuid}/lock")
    @Scopes("documenten.lock")
    @Operation(operationId = "enkelvoudiginformatieobject_lock", summary = "Vergrendel een (ENKELVOUDIG) INFORMATIEOBJECT.")
    @Consumes(MediaType.WILDCARD)
    public LockAntwoord lock(@PathParam("uuid") UUID uuid) {
        return new LockAntwoord(service.lock(uuid));
    }

    @POST
    @Path("/{uuid}/unlock")
    @Scopes({"documenten.lock", "documenten.geforceerd-unlock"})
    @Operation(operationId = "enkelvoudiginformatieobject_unlock", summary = "Ontgrendel een (ENKELVOUDIG) INFORMATIEOBJECT.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response unlock(@PathParam("uuid") UUID uuid, ObjectNode body) {
        String lock = null;
        if (body != null && body.hasNonNull("lock")) {
            if (!body.get("lock").isTextual()) {
                throw ValidationException.of("lock", "invalid", "Verwacht een tekst.");
            }
            lock = body.get("lock").asText();
        }
        service.unlock(uuid, lock);
        return Response.noContent().build();
    }

    private Page<EnkelvoudigInformatieObject> uitgebreid(Page<EnkelvoudigInformatieObject> page, String expand) {
        return new Page<>(page.count(), page.next(), page.previous(), uitbreiding.documenten(page.results(), expand));
    }

    /** The answer of a lock: the lock id (LockEnkelvoudigInformatieObject). */
    @Schema(name = "LockEnkelvoudigInformatieObject")
    public record LockAntwoord(@Schema(readOnly = true) String lock) {
    }
}
