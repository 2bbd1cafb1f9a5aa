package nl.zgw.catalogi.beheer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.problem.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/**
 * Import and export of catalogussen for operators and vendors moving types between
 * environments (as Open Zaak offers in its admin): a whole catalogus or one zaaktype as a ZIP,
 * and a ZIP back in as concepts. Beside the standard API, under {@code /catalogi/beheer/v1}.
 */
@Path("/beheer/v1")
public class CatalogusBeheerResource {

    static final String ZIP = "application/zip";

    private final CatalogusExport export;
    private final CatalogusImport importer;

    public CatalogusBeheerResource(CatalogusExport export, CatalogusImport importer) {
        this.export = export;
        this.importer = importer;
    }

    @GET
    @Path("/catalogussen/{uuid}/export")
    @Produces(ZIP)
    @Scopes("catalogi.lezen")
    @Operation(hidden = true) // beside the standard API; documented in docs/services/catalogi.md
    public Response exportCatalogus(@PathParam("uuid") UUID uuid) {
        return zip(export.catalogus(uuid), "catalogus-" + uuid + ".zip");
    }

    @GET
    @Path("/zaaktypen/{uuid}/export")
    @Produces(ZIP)
    @Scopes("catalogi.lezen")
    @Operation(hidden = true) // beside the standard API; documented in docs/services/catalogi.md
    public Response exportZaaktype(@PathParam("uuid") UUID uuid) {
        return zip(export.zaaktype(uuid), "zaaktype-" + uuid + ".zip");
    }

    @POST
    @Path("/import")
    @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Scopes("catalogi.schrijven")
    @Operation(hidden = true) // beside the standard API; documented in docs/services/catalogi.md
    public Response importeer(byte[] zip, @QueryParam("catalogus") String catalogus,
                              @QueryParam("behoudUuids") String behoudUuids) {
        if (zip == null || zip.length == 0) {
            throw ValidationException.of("bestand", "required", "Stuur de ZIP van een export mee.");
        }
        boolean keep = behoudUuids != null && !behoudUuids.isBlank() && !"false".equals(behoudUuids);
        if (keep && !"true".equals(behoudUuids)) {
            throw ValidationException.of("behoudUuids", "invalid", "Kies true of false.");
        }
        CatalogusImport.Resultaat resultaat = importer.importeer(zip, catalogus, keep);
        return Response.status(201).entity(resultaat).build();
    }

    private static Response zip(byte[] content, String name) {
        return Response.ok(content, ZIP).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
