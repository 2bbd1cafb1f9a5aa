package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ZAAKEIGENSCHAP: the value of an eigenschap of the zaak's zaaktype. */
@Schema(name = "ZaakEigenschap")
public record ZaakEigenschap(
        @Schema(readOnly = true, format = "uri") String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @NotBlank @Schema(format = "uri") String zaak,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String eigenschap,
        @Schema(readOnly = true) String naam,
        @NotNull String waarde,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true)
        com.fasterxml.jackson.databind.JsonNode expand) implements Onderdeel {
}
