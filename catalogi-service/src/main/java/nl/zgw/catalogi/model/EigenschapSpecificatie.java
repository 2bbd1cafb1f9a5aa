package nl.zgw.catalogi.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The value specification of an eigenschap. */
@Schema(name = "EigenschapSpecificatie")
public record EigenschapSpecificatie(
        @Size(max = 32) String groep,
        @NotNull @OneOf({"tekst", "getal", "datum", "datum_tijd"})
        @Schema(enumeration = {"tekst", "getal", "datum", "datum_tijd"}) String formaat,
        @NotBlank @Size(max = 14) String lengte,
        @NotBlank @Size(max = 3) String kardinaliteit,
        List<@NotBlank @Size(max = 100) String> waardenverzameling) {
}
