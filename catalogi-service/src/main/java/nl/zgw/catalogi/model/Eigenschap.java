package nl.zgw.catalogi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** An EIGENSCHAP of a zaaktype: a property zaken of that type can carry. */
@Schema(name = "Eigenschap")
public record Eigenschap(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Size(max = 20) String naam,
        @Schema(readOnly = true, format = "uri") String catalogus,
        @NotBlank @Size(max = 255) String definitie,
        @NotNull @Valid EigenschapSpecificatie specificatie,
        @Size(max = 1000) String toelichting,
        @NotBlank @Schema(format = "uri") String zaaktype,
        @Schema(readOnly = true) String zaaktypeIdentificatie,
        @Schema(format = "uri", nullable = true) String statustype,
        @Schema(nullable = true) LocalDate beginGeldigheid,
        @Schema(nullable = true) LocalDate eindeGeldigheid,
        @Schema(nullable = true) LocalDate beginObject,
        @Schema(nullable = true) LocalDate eindeObject,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Map<String, Object> expand) implements CatalogiResource {
}
