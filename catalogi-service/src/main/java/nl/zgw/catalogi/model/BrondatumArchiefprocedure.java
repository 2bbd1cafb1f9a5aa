package nl.zgw.catalogi.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.IsoDuration;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** How the brondatum of the archive procedure of a zaak with this resultaat is derived. */
@Schema(name = "BrondatumArchiefprocedure")
public record BrondatumArchiefprocedure(
        @NotNull @OneOf({"afgehandeld", "ander_datumkenmerk", "eigenschap", "gerelateerde_zaak", "hoofdzaak",
                "ingangsdatum_besluit", "termijn", "vervaldatum_besluit", "zaakobject"})
        @Schema(enumeration = {"afgehandeld", "ander_datumkenmerk", "eigenschap", "gerelateerde_zaak", "hoofdzaak",
                "ingangsdatum_besluit", "termijn", "vervaldatum_besluit", "zaakobject"}) String afleidingswijze,
        @Size(max = 80) String datumkenmerk,
        Boolean einddatumBekend,
        @OneOf({"", "adres", "besluit", "buurt", "enkelvoudig_document", "gemeente", "gemeentelijke_openbare_ruimte",
                "huishouden", "inrichtingselement", "kadastrale_onroerende_zaak", "kunstwerkdeel",
                "maatschappelijke_activiteit", "medewerker", "natuurlijk_persoon", "niet_natuurlijk_persoon",
                "openbare_ruimte", "organisatorische_eenheid", "pand", "spoorbaandeel", "status", "terreindeel",
                "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk", "woonplaats", "woz_deelobject",
                "woz_object", "woz_waarde", "zakelijk_recht", "overige"})
        @Schema(enumeration = {"", "adres", "besluit", "buurt", "enkelvoudig_document", "gemeente",
                "gemeentelijke_openbare_ruimte", "huishouden", "inrichtingselement", "kadastrale_onroerende_zaak",
                "kunstwerkdeel", "maatschappelijke_activiteit", "medewerker", "natuurlijk_persoon",
                "niet_natuurlijk_persoon", "openbare_ruimte", "organisatorische_eenheid", "pand", "spoorbaandeel",
                "status", "terreindeel", "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk",
                "woonplaats", "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige"})
        String objecttype,
        @Size(max = 80) String registratie,
        @IsoDuration @Schema(format = "duration", nullable = true) String procestermijn) {
}
