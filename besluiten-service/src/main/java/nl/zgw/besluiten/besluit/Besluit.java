package nl.zgw.besluiten.besluit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import nl.zgw.shared.validation.Rsin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A BESLUIT of the Besluiten API 1.1.0: the fields as the specification names them. A vervalreden
 * left empty is {@code ""}, as the reference implementation takes and answers it.
 */
@Schema(name = "Besluit")
public record Besluit(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Size(max = 50) @Schema(maxLength = 50) String identificatie,
        @NotBlank @Rsin @Schema(maxLength = 9) String verantwoordelijkeOrganisatie,
        @NotBlank @Size(max = 200) @Schema(format = "uri", maxLength = 200) String besluittype,
        @Size(max = 200) @Schema(format = "uri", maxLength = 200) String zaak,
        @NotNull LocalDate datum,
        String toelichting,
        @Size(max = 50) @Schema(maxLength = 50) String bestuursorgaan,
        @NotNull LocalDate ingangsdatum,
        @Schema(nullable = true) LocalDate vervaldatum,
        @OneOf({"", "tijdelijk", "ingetrokken_overheid", "ingetrokken_belanghebbende"})
        @Schema(enumeration = {"tijdelijk", "ingetrokken_overheid", "ingetrokken_belanghebbende"}) String vervalreden,
        @Schema(readOnly = true) String vervalredenWeergave,
        @Schema(nullable = true) LocalDate publicatiedatum,
        @Schema(nullable = true) LocalDate verzenddatum,
        @Schema(nullable = true) LocalDate uiterlijkeReactiedatum,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true)
        JsonNode expand) {
}
