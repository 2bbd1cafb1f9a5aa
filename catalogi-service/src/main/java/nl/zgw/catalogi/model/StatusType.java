package nl.zgw.catalogi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.IsoDuration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A STATUSTYPE of a zaaktype; the one with the highest volgnummer is the eindstatus. */
@Schema(name = "StatusType")
public record StatusType(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Size(max = 80) String omschrijving,
        @Size(max = 80) String omschrijvingGeneriek,
        @Size(max = 1000) String statustekst,
        @NotBlank @Schema(format = "uri") String zaaktype,
        @Schema(readOnly = true, format = "uri") String catalogus,
        @Schema(readOnly = true) String zaaktypeIdentificatie,
        @NotNull @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(9999) Integer volgnummer,
        @Schema(readOnly = true) Boolean isEindstatus,
        Boolean informeren,
        @IsoDuration @Schema(format = "duration", nullable = true) String doorlooptijd,
        @Size(max = 1000) @Schema(nullable = true) String toelichting,
        List<@NotNull @Valid CheckListItem> checklistitemStatustype,
        List<@NotBlank String> eigenschappen,
        @Schema(nullable = true) LocalDate beginGeldigheid,
        @Schema(nullable = true) LocalDate eindeGeldigheid,
        @Schema(nullable = true) LocalDate beginObject,
        @Schema(nullable = true) LocalDate eindeObject,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Map<String, Object> expand) implements CatalogiResource {
}
