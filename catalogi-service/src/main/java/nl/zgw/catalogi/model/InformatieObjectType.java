package nl.zgw.catalogi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An INFORMATIEOBJECTTYPE; other types refer to it by its omschrijving (the history model). */
@Schema(name = "InformatieObjectType")
public record InformatieObjectType(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Schema(format = "uri") String catalogus,
        @NotBlank @Size(max = 80) String omschrijving,
        @NotNull @OneOf({"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk",
                "confidentieel", "geheim", "zeer_geheim"})
        @Schema(enumeration = {"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk",
                "confidentieel", "geheim", "zeer_geheim"}) String vertrouwelijkheidaanduiding,
        @NotNull LocalDate beginGeldigheid,
        @Schema(nullable = true) LocalDate eindeGeldigheid,
        @Schema(nullable = true) LocalDate beginObject,
        @Schema(nullable = true) LocalDate eindeObject,
        @Schema(readOnly = true) Boolean concept,
        @Schema(readOnly = true) List<String> zaaktypen,
        @Schema(readOnly = true) List<String> zaaktypeIdentificaties,
        @Schema(readOnly = true) List<String> besluittypen,
        @Schema(readOnly = true) List<String> besluittypeOmschrijving,
        @NotBlank @Size(max = 80) String informatieobjectcategorie,
        List<@NotBlank @Size(max = 30) String> trefwoord,
        @Valid InformatieObjectTypeOmschrijvingGeneriek omschrijvingGeneriek,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Map<String, Object> expand) implements CatalogiResource {
}
