package nl.zgw.documenten.informatieobject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** How and when a document was signed. */
@Schema(name = "Ondertekening")
public record Ondertekening(
        @NotBlank @OneOf({"analoog", "digitaal", "pki"})
        @Schema(enumeration = {"analoog", "digitaal", "pki"}) String soort,
        @NotNull LocalDate datum) {
}
