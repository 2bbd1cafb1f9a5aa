package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** STATUS: a status the zaak reached. The status last set is the zaak's status. */
@Schema(name = "Status")
public record Status(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String zaak,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String statustype,
        @NotNull OffsetDateTime datumStatusGezet,
        @Size(max = 1000) String statustoelichting,
        @Schema(readOnly = true) Boolean indicatieLaatstGezetteStatus,
        @Size(max = 200) @Schema(format = "uri", maxLength = 200) String gezetdoor,
        @Schema(readOnly = true) List<String> zaakinformatieobjecten,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true)
        com.fasterxml.jackson.databind.JsonNode expand) implements Onderdeel {
}
