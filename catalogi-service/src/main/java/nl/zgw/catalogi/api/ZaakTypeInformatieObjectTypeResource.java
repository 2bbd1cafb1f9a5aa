package nl.zgw.catalogi.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.catalogi.model.ZaakTypeInformatieObjectType;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.type.Expander;
import nl.zgw.catalogi.type.TypeService;
import nl.zgw.catalogi.type.ZaakTypeInformatieObjectTypeKind;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Where;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Set;

/** ZAAKTYPEINFORMATIEOBJECTTYPE: the zaaktype-informatieobjecttypen collection of the Catalogi API. */
@Path("/api/v1/zaaktype-informatieobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakTypeInformatieObjectTypeResource extends TypeResource<ZaakTypeInformatieObjectType> {

    public ZaakTypeInformatieObjectTypeResource(TypeService service, ZaakTypeInformatieObjectTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        super(service, kind, filters, expander, urls);
    }

    @GET
    @Scopes({LEZEN, "zaken.lezen", "documenten.lezen"}) // ztc-014
    public Page<ZaakTypeInformatieObjectType> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri")) @QueryParam("zaaktype") String zaaktype,
            @QueryParam("informatieobjecttype") String informatieobjecttype,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"inkomend", "intern", "uitgaand"})) @QueryParam("richting") String richting,
            @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @QueryParam("expand") String expand,
            @Context UriInfo uri) {
        Where where = new Where();
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
        filters.equalsChoice(where, "data ->> 'richting'", "richting", richting, Set.of("inkomend", "intern", "uitgaand"));
        filters.statusOfRelation(where, status);
        return page(where, page, expand, uri.getRequestUri(), null);
    }

    @POST
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakTypeInformatieObjectType.class)))
    public Response create(@Valid @NotNull ZaakTypeInformatieObjectType body) {
        return created(body, 201);
    }
}
