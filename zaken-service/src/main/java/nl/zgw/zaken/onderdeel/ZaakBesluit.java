package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ZAAKBESLUIT: a besluit of the Besluiten API that names the zaak. The Besluiten API leads the
 * relation (brc-006) and keeps it here in step. The zaak is the one of the path: the specification's
 * ZaakBesluit has no field for it, so {@code zaak} is neither read nor written as JSON.
 */
@Schema(name = "ZaakBesluit")
public record ZaakBesluit(
        @Schema(readOnly = true, format = "uri") String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String besluit,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true)
        JsonNode expand,
        @JsonIgnore @Schema(hidden = true) String zaak) implements Onderdeel {

    /** A new zaakbesluit of {@code zaak} (its URL) for {@code besluit}, as the Besluiten API asks it. */
    public static ZaakBesluit nieuw(String zaak, String besluit) {
        return new ZaakBesluit(null, null, besluit, null, zaak);
    }
}
