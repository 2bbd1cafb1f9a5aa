package nl.zgw.catalogi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A CATALOGUS: the collection of types a domain of an organisation (rsin) works with. */
@Schema(name = "Catalogus")
public record Catalogus(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Size(max = 5) String domein,
        @NotBlank @Size(max = 9) String rsin,
        @NotBlank @Size(max = 40) String contactpersoonBeheerNaam,
        @Size(max = 20) String contactpersoonBeheerTelefoonnummer,
        @Email @Size(max = 254) @Schema(format = "email") String contactpersoonBeheerEmailadres,
        @Schema(readOnly = true) List<String> zaaktypen,
        @Schema(readOnly = true) List<String> besluittypen,
        @Schema(readOnly = true) List<String> besluittypeOmschrijving,
        @Schema(readOnly = true) List<String> informatieobjecttypen,
        @Schema(readOnly = true) List<String> informatieobjecttypeOmschrijving,
        @Size(max = 200) @Schema(nullable = true) String naam,
        @Size(max = 20) @Schema(nullable = true) String versie,
        @Schema(nullable = true) LocalDate begindatumVersie,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Map<String, Object> expand) implements CatalogiResource {
}
