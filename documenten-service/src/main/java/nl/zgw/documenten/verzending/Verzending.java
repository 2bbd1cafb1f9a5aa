package nl.zgw.documenten.verzending;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** VERZENDING: a document sent to or received from a betrokkene, at exactly one address. */
@Schema(name = "Verzending")
public record Verzending(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Size(max = 200) @Schema(format = "uri", maxLength = 200) String betrokkene,
        @NotBlank @Schema(format = "uri") String informatieobject,
        @NotBlank @OneOf({"afzender", "geadresseerde"}) @Schema(enumeration = {"afzender", "geadresseerde"}) String aardRelatie,
        @Size(max = 200) String toelichting,
        @Schema(nullable = true) LocalDate ontvangstdatum,
        @Schema(nullable = true) LocalDate verzenddatum,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String contactPersoon,
        @Size(max = 40) String contactpersoonnaam,
        @Valid @Schema(nullable = true) BinnenlandsCorrespondentieadres binnenlandsCorrespondentieadres,
        @Valid @Schema(nullable = true) BuitenlandsCorrespondentieadres buitenlandsCorrespondentieadres,
        @Valid @Schema(nullable = true) CorrespondentiePostadres correspondentiePostadres,
        @Size(max = 15) @Schema(nullable = true) String faxnummer,
        @Size(max = 100) @Email @Schema(nullable = true) String emailadres,
        Boolean mijnOverheid,
        @Size(max = 15) @Schema(nullable = true) String telefoonnummer,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true) JsonNode expand) {

    @Schema(name = "BinnenlandsCorrespondentieadresVerzending")
    public record BinnenlandsCorrespondentieadres(
            @Size(max = 1) String huisletter,
            @NotNull @Min(1) @Max(99999) Integer huisnummer,
            @Size(max = 4) String huisnummerToevoeging,
            @NotBlank @Size(max = 80) String naamOpenbareRuimte,
            @Size(max = 6) String postcode,
            @NotBlank @Size(max = 80) String woonplaatsnaam) {
    }

    @Schema(name = "BuitenlandsCorrespondentieadresVerzending")
    public record BuitenlandsCorrespondentieadres(
            @NotBlank @Size(max = 35) String adresBuitenland1,
            @Size(max = 35) String adresBuitenland2,
            @Size(max = 35) String adresBuitenland3,
            @NotBlank @Size(max = 200) @Schema(format = "uri") String landPostadres) {
    }

    @Schema(name = "BuitenlandsCorrespondentiepostadresVerzending") // the specification's name
    public record CorrespondentiePostadres(
            @NotNull @Min(1) @Max(9999) Integer postBusOfAntwoordnummer,
            @NotBlank @Size(max = 6) String postadresPostcode,
            @NotBlank @OneOf({"antwoordnummer", "postbusnummer"})
            @Schema(enumeration = {"antwoordnummer", "postbusnummer"}) String postadresType,
            @NotBlank @Size(max = 80) String woonplaatsnaam) {
    }
}
