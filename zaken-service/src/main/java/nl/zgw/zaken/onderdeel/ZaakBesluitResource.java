package nl.zgw.zaken.onderdeel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.http.ETagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * ZAAKBESLUIT: the besluiten of one zaak, below that zaak. Created and deleted by the Besluiten API
 * (brc-006), which leads the relation; clients only read them. A zaak that does not exist, or a
 * zaakbesluit of another zaak, is a 404. {@code expand=besluit} (and what follows it, e.g.
 * {@code besluit.besluittype}) reads the besluiten from the Besluiten API as the caller (ADR 0017).
 */
@Path("/zaken/{zaak_uuid}/besluiten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakBesluitResource {

    private static final String BIJWERKEN = "zaken.bijwerken";

    private final Onderdelen onderdelen;
    private final ZaakBesluitKind kind;
    private final Expander expander;

    public ZaakBesluitResource(Onderdelen onderdelen, ZaakBesluitKind kind, Expander expander) {
        this.onderdelen = onderdelen;
        this.kind = kind;
        this.expander = expander;
    }

    @GET
    @Scopes(Onderdelen.LEZEN)
    @Operation(operationId = "zaakbesluit_list", summary = "Alle ZAAKBESLUITen opvragen.")
    public List<ZaakBesluit> list(@PathParam("zaak_uuid") UUID zaak, @QueryParam("expand") String expand) {
        String resource = kind.soort().resource();
        expander.parse(resource, expand);
        return expander.apply(resource, onderdelen.ofZaak(kind, zaak), expand, ZaakBesluit.class);
    }

    @POST
    @Scopes(BIJWERKEN)
    @Operation(operationId = "zaakbesluit_create", summary = "Maak een ZAAKBESLUIT aan.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZaakBesluit.class)))
    public Response create(@PathParam("zaak_uuid") UUID zaak, @Valid @NotNull ZaakBesluit body) {
        onderdelen.requireZaak(zaak);
        String zaakUrl = onderdelen.zaakUrl(zaak);
        // the caller's rights first (400/403), then the Besluiten API is asked, before the zaak is locked
        onderdelen.zaakToAddTo(kind, ZaakBesluit.nieuw(zaakUrl, body.besluit()));
        String besluit = kind.besluit(body.besluit(), zaak);
        ZaakBesluit created = onderdelen.create(kind, ZaakBesluit.nieuw(zaakUrl, besluit));
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    @GET
    @Path("/{uuid}")
    @Scopes(Onderdelen.LEZEN)
    @ETagged
    @Operation(operationId = "zaakbesluit_retrieve", summary = "Een specifiek ZAAKBESLUIT opvragen.")
    public ZaakBesluit read(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid,
                            @QueryParam("expand") String expand) {
        String resource = kind.soort().resource();
        expander.parse(resource, expand);
        onderdelen.requireIn(kind, uuid, zaak);
        return expander.apply(resource, List.of(onderdelen.read(kind, uuid)), expand, ZaakBesluit.class).get(0);
    }

    @DELETE
    @Path("/{uuid}")
    @Scopes(BIJWERKEN)
    @Operation(operationId = "zaakbesluit_destroy", summary = "Verwijder een ZAAKBESLUIT.")
    @APIResponse(responseCode = "204", description = "No content")
    public Response delete(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid) {
        kind.magWeg(uuid, zaak);
        onderdelen.delete(kind, uuid, zaak);
        return Response.noContent().build();
    }
}
