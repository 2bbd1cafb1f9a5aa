package nl.zgw.zaken.onderdeel;

import nl.zgw.shared.validation.HttpUrl;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ZAAKOBJECT: an object the zaak is about; {@code objectIdentificatie} has the shape its
 * {@code objectType} defines (checked by {@link IdentificatieShapes}).
 */
@Schema(name = "ZaakObject")
public record ZaakObject(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String zaak,
        @Size(max = 1000) @HttpUrl @Schema(format = "uri", maxLength = 1000) String object,
        @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String zaakobjecttype,
        @NotBlank @Schema(enumeration = {"adres", "besluit", "buurt", "enkelvoudig_document", "gemeente",
                "gemeentelijke_openbare_ruimte", "huishouden", "inrichtingselement", "kadastrale_onroerende_zaak",
                "kunstwerkdeel", "maatschappelijke_activiteit", "medewerker", "natuurlijk_persoon",
                "niet_natuurlijk_persoon", "openbare_ruimte", "organisatorische_eenheid", "pand", "spoorbaandeel", "status",
                "terreindeel", "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk", "woonplaats",
                "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige"}) String objectType,
        @Size(max = 100) @jakarta.validation.constraints.Pattern(regexp = "[a-z_]*") String objectTypeOverige,
        @Valid @Schema(nullable = true) Definitie objectTypeOverigeDefinitie,
        @Size(max = 80) String relatieomschrijving,
        @Schema(type = SchemaType.OBJECT) JsonNode objectIdentificatie,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true)
        com.fasterxml.jackson.databind.JsonNode expand) implements Onderdeel {

    /** Where the definition of an objectType overige is, and how to read the object from it. */
    @Schema(name = "ObjectTypeOverigeDefinitie")
    public record Definitie(@NotBlank @Size(max = 1000) @Schema(format = "uri") String url,
                            @NotNull @Size(max = 100) String schema,
                            @NotNull @Size(max = 100) String objectData) {
    }
}
