package nl.zgw.zaken.audittrail;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.shared.audittrail.AuditTrail;
import nl.zgw.shared.audittrail.AuditTrails;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.ZaakStore;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/**
 * AUDITTRAIL of a zaak: every change of it and of what lives inside it (scope audittrails.lezen),
 * recorded by the shared {@link AuditTrails} from the changes this API fires.
 */
@Path("/zaken/{zaak_uuid}/audittrail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditTrailResource {

    private final AuditTrails trails;
    private final ZaakStore zaken;
    private final CurrentCaller caller;

    public AuditTrailResource(AuditTrails trails, ZaakStore zaken, CurrentCaller caller) {
        this.trails = trails;
        this.zaken = zaken;
        this.caller = caller;
    }

    @GET
    @Scopes(AuditTrails.LEZEN)
    @Transactional
    @Operation(operationId = "audittrail_list", summary = "Alle audit trail regels behorend bij de ZAAK.")
    public List<AuditTrail> list(@PathParam("zaak_uuid") UUID zaak) {
        allowed(zaak);
        return trails.of(zaak);
    }

    @GET
    @Path("/{uuid}")
    @Scopes(AuditTrails.LEZEN)
    @Transactional
    @Operation(operationId = "audittrail_retrieve", summary = "Een specifieke audit trail regel opvragen.")
    public AuditTrail read(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid) {
        allowed(zaak);
        return trails.find(zaak, uuid).orElseThrow(() -> new NotFoundException("Er bestaat geen audit trail regel met deze uuid."));
    }

    private void allowed(UUID uuid) {
        ZaakRow zaak = zaken.find(uuid).orElseThrow(() -> new NotFoundException("Er bestaat geen zaak met deze uuid."));
        caller.requireAllowed(AuditTrails.LEZEN, zaak.zaaktype(),
                Vertrouwelijkheidaanduiding.ofValue(zaak.vertrouwelijkheidaanduiding()).orElseThrow());
    }
}
