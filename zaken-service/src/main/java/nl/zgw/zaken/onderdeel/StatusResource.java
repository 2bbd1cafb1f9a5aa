package nl.zgw.zaken.onderdeel;

import java.util.UUID;
import jakarta.ws.rs.PathParam;
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
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.ref.ResourceUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;


/** STATUS: statussen are set (and so close or reopen a zaak), never changed or deleted. */
@Path("/statussen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusResource extends UitbreidbaarResource<Status> {

    public StatusResource(Onderdelen onderdelen, StatusKind kind, ResourceUrls urls) {
        super(onderdelen, kind, urls);
    }

    @GET
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "status_list", summary = "Alle STATUSsen van ZAAKen opvragen.")
    public Page<Status> list(@QueryParam("zaak") String zaak, @QueryParam("statustype") String statustype,
                             @QueryParam("indicatieLaatstGezetteStatus") String laatste,
                             @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                             @QueryParam("expand") String expand, @Context UriInfo uri) {
        return page(filters().zaak(zaak).eq("o.type", statustype)
                .bool("indicatieLaatstGezetteStatus", laatste, "NOT EXISTS (SELECT 1 FROM zaak_onderdeel l "
                        + "WHERE l.zaak = o.zaak AND l.soort = 'status' AND (l.moment > o.moment "
                        + "OR (l.moment = o.moment AND l.volgorde > o.volgorde)))"), page, expand, uri);
    }

    @POST
    @Scopes({StatusKind.AANMAKEN, StatusKind.TOEVOEGEN, StatusKind.HEROPENEN})
    @Operation(operationId = "status_create", summary = "Maak een STATUS aan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Status.class)))
    public Response create(@Valid @NotNull Status body) {
        return created(body);
    }
}
