package nl.zgw.catalogi.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.IsoDuration;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The reference process a zaaktype is based on. */
@Schema(name = "ReferentieProces")
public record ReferentieProces(@NotBlank @Size(max = 80) String naam,
                               @Size(max = 200) @Schema(format = "uri", maxLength = 200) String link) {
}
