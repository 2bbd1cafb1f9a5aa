package nl.zgw.zaken.onderdeel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ZAAKCONTACTMOMENT: the zaak's relation with a contactmoment of the Contactmomenten API. */
@Schema(name = "ZaakContactMoment")
public record ZaakContactMoment(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String zaak,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String contactmoment)
        implements Onderdeel {
}
