package nl.zgw.besluiten.audittrail;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.besluiten.besluit.BesluitRow;
import nl.zgw.besluiten.besluit.BesluitStore;
import nl.zgw.besluiten.besluit.BesluitToegang;
import nl.zgw.shared.audittrail.AuditTrail;
import nl.zgw.shared.audittrail.AuditTrails;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.problem.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/**
 * AUDITTRAIL of a besluit: every change of it (scope audittrails.lezen, for the besluit's
 * besluittype), recorded by the shared {@link AuditTrails} from the changes this API fires.
 */
@Path("/besluiten/{besluit_uuid}/audittrail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditTrailResource {

    private final AuditTrails trails;
    private final BesluitStore besluiten;
    private final BesluitToegang toegang;

    public AuditTrailResource(AuditTrails trails, BesluitStore besluiten, BesluitToegang toegang) {
        this.trails = trails;
        this.besluiten = besluiten;
        this.toegang = toegang;
    }

    @GET
    @Scopes(AuditTrails.LEZEN)
    @Transactional
    @Operation(operationId = "audittrail_list", summary = "Alle audit trail regels behorend bij het BESLUIT.")
    public List<AuditTrail> list(@PathParam("besluit_uuid") UUID besluit) {
        toegestaan(besluit);
        return trails.of(besluit);
    }

    @GET
    @Path("/{uuid}")
    @Scopes(AuditTrails.LEZEN)
    @Transactional
    @Operation(operationId = "audittrail_read", summary = "Een specifieke audit trail regel opvragen.")
    public AuditTrail read(@PathParam("besluit_uuid") UUID besluit, @PathParam("uuid") UUID uuid) {
        toegestaan(besluit);
        return trails.find(besluit, uuid).orElseThrow(() -> new NotFoundException("Er bestaat geen audit trail regel met deze uuid."));
    }

    private void toegestaan(UUID uuid) {
        BesluitRow besluit = besluiten.find(uuid)
                .orElseThrow(() -> new NotFoundException("Er bestaat geen besluit met deze uuid."));
        toegang.vereis(AuditTrails.LEZEN, besluit.besluittype(), "Deze client mag de audit trail van dit besluit niet lezen.");
    }
}
