package nl.zgw.catalogi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** The relation of a zaaktype with an informatieobjecttype, named by its omschrijving (not a URL). */
@Schema(name = "ZaakTypeInformatieObjectType")
public record ZaakTypeInformatieObjectType(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Schema(format = "uri") String zaaktype,
        @Schema(readOnly = true) String zaaktypeIdentificatie,
        @Schema(readOnly = true, format = "uri") String catalogus,
        @NotBlank @Size(max = 100) String informatieobjecttype,
        @NotNull @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(32767) Integer volgnummer,
        @NotNull @OneOf({"inkomend", "intern", "uitgaand"}) @Schema(enumeration = {"inkomend", "intern", "uitgaand"})
        String richting,
        @Schema(format = "uri", nullable = true) String statustype,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Map<String, Object> expand) implements CatalogiResource {
}
