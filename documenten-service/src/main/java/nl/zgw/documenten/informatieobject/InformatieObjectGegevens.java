package nl.zgw.documenten.informatieobject;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.HttpUrl;
import nl.zgw.shared.validation.OneOf;
import nl.zgw.shared.validation.Rsin;

import java.time.LocalDate;
import java.util.List;

/**
 * What a client writes of a document (create, PUT, or the result of a PATCH), without its content:
 * bound from the body and validated as a whole. {@code lock} is the lock id a change must carry.
 */
public record InformatieObjectGegevens(
        @Size(max = 40) String identificatie,
        @NotBlank @Rsin String bronorganisatie,
        @NotNull LocalDate creatiedatum,
        @NotBlank @Size(max = 200) String titel,
        @OneOf({"", "openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel",
                "geheim", "zeer_geheim"}) String vertrouwelijkheidaanduiding,
        Boolean isGereedVoorPublicatie,
        Boolean tonenAanInitiator,
        @NotBlank @Size(max = 200) String auteur,
        @OneOf({"", "in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd"}) String status,
        Boolean inhoudIsVervallen,
        @Size(max = 255) String formaat,
        @NotBlank @Size(min = 3, max = 3) String taal,
        @Size(max = 255) String bestandsnaam,
        @PositiveOrZero Long bestandsomvang,
        @Size(max = 200) @HttpUrl String link,
        @Size(max = 1000) String beschrijving,
        LocalDate ontvangstdatum,
        LocalDate verzenddatum,
        Boolean indicatieGebruiksrecht,
        String verschijningsvorm,
        @Valid Ondertekening ondertekening,
        @Valid Integriteit integriteit,
        @NotBlank @Size(max = 200) String informatieobjecttype,
        List<@NotNull @Size(max = 100) String> trefwoorden,
        String lock) {
}
