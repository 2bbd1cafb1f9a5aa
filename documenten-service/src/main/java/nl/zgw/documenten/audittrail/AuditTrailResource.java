package nl.zgw.documenten.audittrail;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.documenten.informatieobject.InformatieObjectRow;
import nl.zgw.documenten.informatieobject.InformatieObjectStore;
import nl.zgw.shared.audittrail.AuditTrail;
import nl.zgw.shared.audittrail.AuditTrails;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.problem.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/**
 * AUDITTRAIL of a document: every change of it and of its gebruiksrechten (scope audittrails.lezen),
 * recorded by the shared {@link AuditTrails} from the changes this API fires.
 */
@Path("/enkelvoudiginformatieobjecten/{enkelvoudiginformatieobject_uuid}/audittrail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditTrailResource {

    private final AuditTrails trails;
    private final InformatieObjectStore documenten;
    private final CurrentCaller caller;

    public AuditTrailResource(AuditTrails trails, InformatieObjectStore documenten, CurrentCaller caller) {
        this.trails = trails;
        this.documenten = documenten;
        this.caller = caller;
    }

    @GET
    @Scopes(AuditTrails.LEZEN)
    @Transactional
    @Operation(operationId = "audittrail_list", summary = "Alle audit trail regels behorend bij het INFORMATIEOBJECT.")
    public List<AuditTrail> list(@PathParam("enkelvoudiginformatieobject_uuid") UUID document) {
        toegestaan(document);
        return trails.of(document);
    }

    @GET
    @Path("/{uuid}")
    @Scopes(AuditTrails.LEZEN)
    @Transactional
    @Operation(operationId = "audittrail_retrieve", summary = "Een specifieke audit trail regel opvragen.")
    public AuditTrail read(@PathParam("enkelvoudiginformatieobject_uuid") UUID document, @PathParam("uuid") UUID uuid) {
        toegestaan(document);
        return trails.find(document, uuid).orElseThrow(() -> new NotFoundException("Er bestaat geen audit trail regel met deze uuid."));
    }

    private void toegestaan(UUID uuid) {
        InformatieObjectRow document = documenten.find(uuid)
                .orElseThrow(() -> new NotFoundException("Er bestaat geen enkelvoudiginformatieobject met deze uuid."));
        caller.requireAllowed(AuditTrails.LEZEN, document.informatieobjecttype(),
                Vertrouwelijkheidaanduiding.ofValue(document.vertrouwelijkheidaanduiding()).orElseThrow());
    }
}
