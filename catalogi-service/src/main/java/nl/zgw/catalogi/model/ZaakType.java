package nl.zgw.catalogi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.IsoDuration;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A ZAAKTYPE. On input {@code besluittypen} holds besluittype omschrijvingen and
 * {@code deelzaaktypen} zaaktype identificaties (URLs of 1.3.1 clients are accepted too); on output
 * both hold the URLs of the versions they resolve to, beside the identifiers.
 */
@Schema(name = "ZaakType")
public record ZaakType(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Size(max = 50) String identificatie,
        @NotBlank @Size(max = 80) String omschrijving,
        @Size(max = 80) String omschrijvingGeneriek,
        @NotNull @OneOf({"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk",
                "confidentieel", "geheim", "zeer_geheim"})
        @Schema(enumeration = {"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk",
                "confidentieel", "geheim", "zeer_geheim"}) String vertrouwelijkheidaanduiding,
        @NotBlank String doel,
        @NotBlank String aanleiding,
        String toelichting,
        @NotNull @OneOf({"intern", "extern"}) @Schema(enumeration = {"intern", "extern"}) String indicatieInternOfExtern,
        @NotBlank @Size(max = 20) String handelingInitiator,
        @NotBlank @Size(max = 80) String onderwerp,
        @NotBlank @Size(max = 20) String handelingBehandelaar,
        @NotNull @IsoDuration @Schema(format = "duration") String doorlooptijd,
        @IsoDuration @Schema(format = "duration", nullable = true) String servicenorm,
        @NotNull Boolean opschortingEnAanhoudingMogelijk,
        @NotNull Boolean verlengingMogelijk,
        @IsoDuration @Schema(format = "duration", nullable = true) String verlengingstermijn,
        List<@NotBlank @Size(max = 30) String> trefwoorden,
        @NotNull Boolean publicatieIndicatie,
        String publicatietekst,
        List<@NotBlank @Size(max = 40) String> verantwoordingsrelatie,
        @NotNull List<@NotBlank @Size(max = 1000) String> productenOfDiensten,
        @Size(max = 200) @Schema(format = "uri") String selectielijstProcestype,
        @NotNull @Valid ReferentieProces referentieproces,
        @NotBlank @Size(max = 50) String verantwoordelijke,
        @Schema(readOnly = true) List<String> zaakobjecttypen,
        @Valid BronCatalogus broncatalogus,
        @Valid BronZaaktype bronzaaktype,
        @NotBlank @Schema(format = "uri") String catalogus,
        @Schema(readOnly = true) List<String> statustypen,
        @Schema(readOnly = true) List<String> resultaattypen,
        @Schema(readOnly = true) List<String> eigenschappen,
        @Schema(readOnly = true) List<String> informatieobjecttypen,
        @Schema(readOnly = true) List<String> informatieobjecttypeOmschrijving,
        @Schema(readOnly = true) List<String> roltypen,
        @NotNull List<@NotBlank String> besluittypen,
        @Schema(readOnly = true) List<String> besluittypeOmschrijving,
        // listed as required (answers always hold it); a client of Catalogi 1.2.0 may leave it out (ZaakTypeKind)
        @Schema(required = true) List<@NotBlank String> deelzaaktypen,
        @Schema(readOnly = true) List<String> deelzaaktypeIdentificaties,
        @NotNull List<@NotNull @Valid ZaakTypenRelatie> gerelateerdeZaaktypen,
        @NotNull LocalDate beginGeldigheid,
        @Schema(nullable = true) LocalDate eindeGeldigheid,
        @Schema(nullable = true) LocalDate beginObject,
        @Schema(nullable = true) LocalDate eindeObject,
        LocalDate versiedatum,
        @Schema(readOnly = true) Boolean concept,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Map<String, Object> expand) implements CatalogiResource {
}
