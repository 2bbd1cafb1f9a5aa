package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.ref.ResourceUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/** ROL: betrokkenen of zaken; created and deleted, never changed (as specified). */
@Path("/rollen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolResource extends UitbreidbaarResource<Rol> {

    private final IdentificatieShapes shapes;
    private final ObjectMapper json;

    public RolResource(Onderdelen onderdelen, RolKind kind, ResourceUrls urls, IdentificatieShapes shapes,
                       ObjectMapper json) {
        super(onderdelen, kind, urls);
        this.shapes = shapes;
        this.json = json;
    }

    @GET
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "rol_list", summary = "Alle ROLlen bij ZAAKen opvragen.")
    public Page<Rol> list(@QueryParam("zaak") String zaak, @QueryParam("betrokkene") String betrokkene,
                          @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"natuurlijk_persoon",
                                  "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid", "medewerker"}))
                          @QueryParam("betrokkeneType") String betrokkeneType, @QueryParam("roltype") String roltype,
                          @QueryParam("omschrijving") String omschrijving,
                          @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"adviseur", "behandelaar",
                                  "belanghebbende", "beslisser", "initiator", "klantcontacter", "zaakcoordinator",
                                  "mede_initiator"}))
                          @QueryParam("omschrijvingGeneriek") String omschrijvingGeneriek,
                          @BeanParam BetrokkeneFilters identificatie,
                          @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                          @QueryParam("expand") String expand, @Context UriInfo uri) {
        Filters filters = filters().zaak(zaak).eq("o.sleutel", betrokkene).eq("o.subsoort", betrokkeneType)
                .eq("o.type", roltype).data("omschrijving", omschrijving)
                .data("omschrijvingGeneriek", omschrijvingGeneriek);
        filters.and(shapes.rolConditions(identificatie.identificatie(), "o", json));
        return page(filters, page, expand, uri);
    }

    @POST
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "rol_create", summary = "Maak een ROL aan bij een ZAAK.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rol.class)))
    public Response create(@Valid @NotNull Rol body) {
        return created(body);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes({"zaken.bijwerken", "zaken.geforceerd-bijwerken"})
    @Operation(operationId = "rol_destroy", summary = "Verwijder een ROL van een ZAAK.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("uuid") UUID uuid) {
        return deleted(uuid);
    }
}
