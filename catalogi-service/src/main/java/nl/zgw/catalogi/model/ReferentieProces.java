package nl.zgw.catalogi.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** The reference process a zaaktype is based on. */
@Schema(name = "ReferentieProces")
public record ReferentieProces(@NotBlank @Size(max = 80) String naam,
                               @Size(max = 200) @Schema(format = "uri", maxLength = 200) String link) {
}
