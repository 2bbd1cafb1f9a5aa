package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RESULTAAT: how the zaak ended; at most one per zaak, needed before it can close. */
@Schema(name = "Resultaat")
public record Resultaat(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String zaak,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String resultaattype,
        @Size(max = 1000) String toelichting,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true)
        com.fasterxml.jackson.databind.JsonNode expand) implements Onderdeel {
}
