package nl.zgw.catalogi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.IsoDuration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A BESLUITTYPE; other types refer to it by its omschrijving. On input
 * {@code informatieobjecttypen} holds informatieobjecttype omschrijvingen (or URLs, from 1.3.1
 * clients); on output the URLs of the versions they resolve to.
 */
@Schema(name = "BesluitType")
public record BesluitType(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Schema(format = "uri") String catalogus,
        @Schema(readOnly = true) List<String> zaaktypen,
        @Schema(readOnly = true) List<String> zaaktypeIdentificaties,
        @Size(max = 80) String omschrijving,
        @Size(max = 80) String omschrijvingGeneriek,
        @Size(max = 40) String besluitcategorie,
        @IsoDuration @Schema(format = "duration", nullable = true) String reactietermijn,
        @NotNull Boolean publicatieIndicatie,
        String publicatietekst,
        @IsoDuration @Schema(format = "duration", nullable = true) String publicatietermijn,
        String toelichting,
        @NotNull List<@NotBlank String> informatieobjecttypen,
        @Schema(readOnly = true) List<String> informatieobjecttypeOmschrijvingen,
        @NotNull LocalDate beginGeldigheid,
        @Schema(nullable = true) LocalDate eindeGeldigheid,
        @Schema(nullable = true) LocalDate beginObject,
        @Schema(nullable = true) LocalDate eindeObject,
        @Schema(readOnly = true) Boolean concept,
        @Schema(readOnly = true) List<String> resultaattypen,
        @Schema(readOnly = true) List<String> resultaattypenOmschrijving,
        @Schema(readOnly = true) List<String> vastgelegdIn,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Map<String, Object> expand) implements CatalogiResource {
}
