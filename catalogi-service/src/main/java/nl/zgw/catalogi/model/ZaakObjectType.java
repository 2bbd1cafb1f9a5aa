package nl.zgw.catalogi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A ZAAKOBJECTTYPE: a kind of object zaken of a zaaktype relate to. */
@Schema(name = "ZaakObjectType")
public record ZaakObjectType(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotNull Boolean anderObjecttype,
        LocalDate beginGeldigheid,
        @Schema(nullable = true) LocalDate eindeGeldigheid,
        @Schema(nullable = true) LocalDate beginObject,
        @Schema(nullable = true) LocalDate eindeObject,
        @NotBlank @Size(max = 200) @Schema(format = "uri", maxLength = 200) String objecttype,
        @NotBlank @Size(max = 80) String relatieOmschrijving,
        @NotBlank @Schema(format = "uri") String zaaktype,
        @Schema(readOnly = true) String zaaktypeIdentificatie,
        @Schema(readOnly = true) List<String> resultaattypen,
        @Schema(readOnly = true) List<String> resultaattypeOmschrijving,
        @Schema(readOnly = true) List<String> statustypen,
        @NotBlank @Schema(format = "uri") String catalogus,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Map<String, Object> expand) implements CatalogiResource {
}
