package nl.zgw.catalogi.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** The zaaktype a zaaktype was derived from. */
@Schema(name = "BronZaaktype")
public record BronZaaktype(@NotBlank @Size(max = 200) @Schema(format = "uri", maxLength = 200) String url,
                           @NotBlank @Size(max = 50) String identificatie,
                           @NotBlank @Size(max = 80) String omschrijving) {
}
