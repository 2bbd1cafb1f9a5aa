package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.catalogi.model.CatalogiResource;
import nl.zgw.catalogi.type.Expander;
import nl.zgw.catalogi.type.TypeKind;
import nl.zgw.catalogi.type.TypeService;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Where;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The operations every type resource has the same way: read (with expand), HEAD, PUT, PATCH and
 * DELETE. A resource adds its list (its filters differ) and its create (scopes differ). The
 * OpenAPI operation ids ({@code roltype_retrieve}, ...) are set by {@code CatalogiOpenApiFilter}.
 *
 * @param <T> the resource's representation
 */
@Scopes({TypeResource.LEZEN, "zaken.lezen", "documenten.lezen"}) // the reads (detail and HEAD) below; ztc-014
public abstract class TypeResource<T extends CatalogiResource> {

    static final String LEZEN = "catalogi.lezen";
    static final String SCHRIJVEN = "catalogi.schrijven";

    protected final TypeService service;
    protected final TypeKind<T> kind;
    protected final Filters filters;
    protected final Expander expander;
    protected final ResourceUrls urls;

    protected TypeResource(TypeService service, TypeKind<T> kind, Filters filters, Expander expander, ResourceUrls urls) {
        this.service = service;
        this.kind = kind;
        this.filters = filters;
        this.expander = expander;
        this.urls = urls;
    }

    /** The resource name {@link Expander} knows it by, e.g. {@code roltype}. */
    protected String resource() {
        return kind.soort().value();
    }

    @GET
    @Path("/{uuid}")
    @ETagged
    public T read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand,
                  @QueryParam("datumGeldigheid") String datumGeldigheid) {
        LocalDate datum = null;
        if (datumGeldigheid != null) {
            if (!readsOnADate()) {
                throw new ValidationException(List.of(FieldValidationError.nonField("unknown-parameters",
                        "Onbekende query parameters: datumGeldigheid.")));
            }
            datum = filters.date("datumGeldigheid", datumGeldigheid);
        }
        return readOn(uuid, expand, datum == null ? LocalDate.now() : datum);
    }

    /**
     * Whether a detail read takes {@code datumGeldigheid} (zaaktypen only, in the specification);
     * elsewhere the parameter is unknown, and the OpenAPI document leaves it out.
     */
    protected boolean readsOnADate() {
        return false;
    }

    @HEAD
    @Path("/{uuid}")
    @ETagged
    @APIResponse(responseCode = "200", description = "OK")
    public T headers(@PathParam("uuid") UUID uuid) {
        return service.read(kind, uuid, LocalDate.now());
    }

    @PUT
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    public T update(@PathParam("uuid") UUID uuid, @Valid @NotNull T body) {
        return service.update(kind, uuid, body);
    }

    @PATCH
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public T partialUpdate(@PathParam("uuid") UUID uuid, @NotNull ObjectNode patch) {
        return service.partialUpdate(kind, uuid, patch);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_VERWIJDEREN})
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(kind, uuid);
        return Response.noContent().build();
    }

    /** One type as valid on {@code datum}, with what {@code expand} asks. */
    protected T readOn(UUID uuid, String expand, LocalDate datum) {
        Expander.Tree tree = expander.parse(resource(), expand);
        return expander.apply(resource(), List.of(service.read(kind, uuid, datum)), tree, kind.type(), datum).get(0);
    }

    /** A page of the list, with what {@code expand} asks. */
    protected Page<T> page(Where where, String page, String expand, URI requestUri, LocalDate datum) {
        Expander.Tree tree = expander.parse(resource(), expand);
        LocalDate on = datum == null ? LocalDate.now() : datum;
        Page<T> found = service.list(kind, where, PageRequest.parse(page), urls.publicRequestUrl(requestUri), on);
        return new Page<>(found.count(), found.next(), found.previous(),
                expander.apply(resource(), found.results(), tree, kind.type(), on));
    }

    /** 201 (or {@code status}) with the Location of the created type. */
    protected Response created(T body, int status) {
        T created = service.create(kind, body);
        return Response.status(status).location(URI.create(created.url())).entity(created).build();
    }
}
