package nl.zgw.zaken.zaakinformatieobject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.HttpUrl;
import nl.zgw.zaken.onderdeel.Onderdeel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * ZAAKINFORMATIEOBJECT: a document of the Documenten API that belongs to the zaak. The relation is
 * led from here and mirrored in the Documenten API as an objectinformatieobject (zrc-005).
 */
@Schema(name = "ZaakInformatieObject")
public record ZaakInformatieObject(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @NotBlank @Size(max = 1000) @HttpUrl @Schema(format = "uri", maxLength = 1000) String informatieobject,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String zaak,
        @Schema(readOnly = true, enumeration = {"Hoort bij, omgekeerd: kent",
                "Legt vast, omgekeerd: kan vastgelegd zijn als"}) String aardRelatieWeergave,
        @Size(max = 200) String titel,
        String beschrijving,
        // read-only, set by zrc-004: what a client sends for it need not be a date-time (VNG's zrc-004a sends a date)
        @Schema(readOnly = true) @com.fasterxml.jackson.databind.annotation.JsonDeserialize(
                using = nl.zgw.shared.json.DatumTijd.AlleenLezen.class) OffsetDateTime registratiedatum,
        @Schema(nullable = true) OffsetDateTime vernietigingsdatum,
        @Size(max = 1000) @HttpUrl @Schema(format = "uri", maxLength = 1000, nullable = true) String status,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true)
        JsonNode expand) implements Onderdeel {
}
