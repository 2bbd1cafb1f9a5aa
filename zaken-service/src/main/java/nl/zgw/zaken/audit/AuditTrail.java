package nl.zgw.zaken.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** AUDITTRAIL: one change of a zaak or of an object inside it, with the data before and after. */
@Schema(name = "AuditTrail")
public record AuditTrail(
        @Schema(format = "uuid") String uuid,
        @Schema(enumeration = {"ac", "nrc", "zrc", "ztc", "drc", "brc", "cmc", "kc", "vrc"}) String bron,
        String applicatieId,
        String applicatieWeergave,
        String gebruikersId,
        String gebruikersWeergave,
        String actie,
        String actieWeergave,
        int resultaat,
        @Schema(format = "uri") String hoofdObject,
        String resource,
        @Schema(format = "uri") String resourceUrl,
        String toelichting,
        String resourceWeergave,
        @Schema(readOnly = true) OffsetDateTime aanmaakdatum,
        Wijzigingen wijzigingen) {

    /** The object as it was before the change and as it is after it; null where it did not exist. */
    @Schema(name = "Wijzigingen")
    public record Wijzigingen(JsonNode oud, JsonNode nieuw) {
    }
}
