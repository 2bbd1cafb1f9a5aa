package nl.zgw.zaken.onderdeel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ZAAKVERZOEK: the zaak's relation with a verzoek of the Verzoeken API. */
@Schema(name = "ZaakVerzoek")
public record ZaakVerzoek(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String zaak,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String verzoek) implements Onderdeel {
}
