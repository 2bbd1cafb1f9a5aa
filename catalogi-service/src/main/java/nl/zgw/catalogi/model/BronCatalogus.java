package nl.zgw.catalogi.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** The catalogus a zaaktype was taken from. */
@Schema(name = "BronCatalogus")
public record BronCatalogus(@NotBlank @Size(max = 200) @Schema(format = "uri", maxLength = 200) String url,
                            @NotBlank @Size(max = 5) String domein,
                            @NotBlank @Size(max = 9) String rsin) {
}
