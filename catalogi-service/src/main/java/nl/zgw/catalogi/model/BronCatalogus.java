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

/** The catalogus a zaaktype was taken from. */
@Schema(name = "BronCatalogus")
public record BronCatalogus(@NotBlank @Size(max = 200) @Schema(format = "uri", maxLength = 200) String url,
                            @NotBlank @Size(max = 5) String domein,
                            @NotBlank @Size(max = 9) String rsin) {
}
