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
import nl.zgw.catalogi.model.ZaakObjectType;
import nl.zgw.catalogi.type.Expander;
import nl.zgw.catalogi.type.TypeService;
import nl.zgw.catalogi.type.ZaakObjectTypeKind;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Where;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;

/** ZAAKOBJECTTYPE: the zaakobjecttypen collection of the Catalogi API. */
@Path("/api/v1/zaakobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakObjectTypeResource extends TypeResource<ZaakObjectType> {

    public ZaakObjectTypeResource(TypeService service, ZaakObjectTypeKind kind, Filters filters, Expander expander, ResourceUrls urls) {
        super(service, kind, filters, expander, urls);
    }

    @GET
    @Scopes({LEZEN, "zaken.lezen", "documenten.lezen"}) // ztc-014
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
        Where where = new Where();
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
        return page(where, page, expand, uri.getRequestUri(), datum);
    }

    @POST
    @Scopes({SCHRIJVEN, TypeService.GEFORCEERD_SCHRIJVEN})
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakObjectType.class)))
    public Response create(@Valid @NotNull ZaakObjectType body) {
        return created(body, 201);
    }
}
