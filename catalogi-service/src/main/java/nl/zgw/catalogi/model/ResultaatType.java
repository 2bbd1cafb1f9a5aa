package nl.zgw.catalogi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.IsoDuration;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A RESULTAATTYPE of a zaaktype. {@code omschrijvingGeneriek} is taken from the
 * resultaattypeomschrijving in the Referentielijsten API; {@code besluittypen} and
 * {@code informatieobjecttypen} take omschrijvingen on input and show URLs on output.
 */
@Schema(name = "ResultaatType")
public record ResultaatType(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Schema(format = "uri") String zaaktype,
        @Schema(readOnly = true) String zaaktypeIdentificatie,
        @NotBlank @Size(max = 30) String omschrijving,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String resultaattypeomschrijving,
        @Schema(readOnly = true) String omschrijvingGeneriek,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String selectielijstklasse,
        String toelichting,
        @OneOf({"", "blijvend_bewaren", "vernietigen"}) @Schema(enumeration = {"", "blijvend_bewaren", "vernietigen"})
        String archiefnominatie,
        @IsoDuration @Schema(format = "duration", nullable = true) String archiefactietermijn,
        @Valid @Schema(nullable = true) BrondatumArchiefprocedure brondatumArchiefprocedure,
        @Size(max = 200) @Schema(nullable = true) String procesobjectaard,
        @Schema(format = "uri", nullable = true) String catalogus,
        @Schema(nullable = true) LocalDate beginGeldigheid,
        @Schema(nullable = true) LocalDate eindeGeldigheid,
        @Schema(nullable = true) LocalDate beginObject,
        @Schema(nullable = true) LocalDate eindeObject,
        @Schema(nullable = true) Boolean indicatieSpecifiek,
        @IsoDuration @Schema(format = "duration", nullable = true) String procestermijn,
        List<@NotBlank String> besluittypen,
        @Schema(readOnly = true) List<String> besluittypeOmschrijving,
        List<@NotBlank String> informatieobjecttypen,
        @Schema(readOnly = true) List<String> informatieobjecttypeOmschrijving,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Map<String, Object> expand) implements CatalogiResource {
}
