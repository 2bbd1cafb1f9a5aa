package nl.zgw.zaken.onderdeel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** KLANTCONTACT: a contact with a klant about the zaak. */
@Schema(name = "KlantContact")
public record KlantContact(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String zaak,
        @Size(max = 14) String identificatie,
        @NotNull OffsetDateTime datumtijd,
        @Size(max = 20) String kanaal,
        @Size(max = 200) String onderwerp,
        @Size(max = 1000) String toelichting) implements Onderdeel {
}
