package nl.zgw.documenten.informatieobject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * ENKELVOUDIGINFORMATIEOBJECT as the API shows one version of it: {@code inhoud} is the URL its
 * content is downloaded from ({@code .../download?versie=n}), null when it has none.
 */
@Schema(name = "EnkelvoudigInformatieObject")
public record EnkelvoudigInformatieObject(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(maxLength = 40) String identificatie,
        @Schema(maxLength = 9) String bronorganisatie,
        LocalDate creatiedatum,
        @Schema(maxLength = 200) String titel,
        @Schema(enumeration = {"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk",
                "confidentieel", "geheim", "zeer_geheim"}) String vertrouwelijkheidaanduiding,
        @Schema(nullable = true) Boolean isGereedVoorPublicatie,
        Boolean tonenAanInitiator,
        @Schema(maxLength = 200) String auteur,
        @Schema(enumeration = {"in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd"}) String status,
        @Schema(nullable = true) Boolean inhoudIsVervallen,
        @Schema(maxLength = 255) String formaat,
        @Schema(minLength = 3, maxLength = 3) String taal,
        @Schema(readOnly = true) Integer versie,
        @Schema(readOnly = true) OffsetDateTime beginRegistratie,
        @Schema(maxLength = 255) String bestandsnaam,
        @Schema(format = "uri", nullable = true) String inhoud,
        @Schema(format = "int64", nullable = true, minimum = "0") Long bestandsomvang,
        @Schema(format = "uri", maxLength = 200) String link,
        @Schema(maxLength = 1000) String beschrijving,
        @Schema(nullable = true) LocalDate ontvangstdatum,
        @Schema(nullable = true) LocalDate verzenddatum,
        @Schema(nullable = true) Boolean indicatieGebruiksrecht,
        String verschijningsvorm,
        @Schema(nullable = true) Ondertekening ondertekening,
        @Schema(nullable = true) Integriteit integriteit,
        @Schema(format = "uri", maxLength = 200) String informatieobjecttype,
        @Schema(readOnly = true) boolean locked,
        @Schema(readOnly = true) List<BestandsDeel> bestandsdelen,
        List<String> trefwoorden,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true) JsonNode expand) {
}
