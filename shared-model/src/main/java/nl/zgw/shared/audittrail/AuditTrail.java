package nl.zgw.shared.audittrail;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** AUDITTRAIL: one change of a main object or of a resource that belongs to it, with the data before and after. */
@Schema(name = "AuditTrail")
public record AuditTrail(
        @Schema(format = "uuid") String uuid,
        @Schema(enumeration = {"ac", "nrc", "zrc", "ztc", "drc", "brc", "cmc", "kc", "vrc"}) String bron,
        @Schema(maxLength = 100) String applicatieId,
        @Schema(maxLength = 200) String applicatieWeergave,
        @Schema(maxLength = 255) String gebruikersId,
        @Schema(maxLength = 255) String gebruikersWeergave,
        @Schema(maxLength = 50) String actie,
        @Schema(maxLength = 200) String actieWeergave,
        int resultaat,
        @Schema(format = "uri", maxLength = 1000) String hoofdObject,
        @Schema(maxLength = 50) String resource,
        @Schema(format = "uri", maxLength = 1000) String resourceUrl,
        String toelichting,
        @Schema(maxLength = 200) String resourceWeergave,
        @Schema(readOnly = true) OffsetDateTime aanmaakdatum,
        Wijzigingen wijzigingen) {

    /** The object as it was before the change and as it is after it; null where it did not exist. */
    @Schema(name = "Wijzigingen")
    public record Wijzigingen(JsonNode oud, JsonNode nieuw) {
    }
}
