package nl.zgw.catalogi.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;


/**
 * A related zaaktype: on input {@code zaaktype} is its identificatie (or URL); on output the URL of
 * the version it resolves to, with the identificatie beside it.
 */
@Schema(name = "ZaakTypenRelatie")
public record ZaakTypenRelatie(
        @NotBlank @Size(max = 200) @Schema(format = "uri", maxLength = 200) String zaaktype,
        @Schema(readOnly = true) String zaaktypeIdentificatie,
        @NotNull @OneOf({"vervolg", "bijdrage", "onderwerp"}) @Schema(enumeration = {"vervolg", "bijdrage", "onderwerp"})
        String aardRelatie,
        @Size(max = 255) String toelichting) {
}
