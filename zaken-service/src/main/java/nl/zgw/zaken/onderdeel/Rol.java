package nl.zgw.zaken.onderdeel;

import nl.zgw.shared.validation.HttpUrl;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * ROL: a betrokkene in a role of the zaak; {@code betrokkeneIdentificatie} has the shape its
 * {@code betrokkeneType} defines (checked by {@link IdentificatieShapes}).
 */
@Schema(name = "Rol")
public record Rol(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String zaak,
        @Size(max = 1000) @HttpUrl @Schema(format = "uri", maxLength = 1000) String betrokkene,
        @NotNull @OneOf({"natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid",
                "medewerker"})
        @Schema(enumeration = {"natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging",
                "organisatorische_eenheid", "medewerker"}) String betrokkeneType,
        @Size(max = 625) String afwijkendeNaamBetrokkene,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String roltype,
        @Schema(readOnly = true) String omschrijving,
        @Schema(readOnly = true) String omschrijvingGeneriek,
        @NotNull @Size(max = 1000) String roltoelichting,
        @Schema(readOnly = true) OffsetDateTime registratiedatum,
        @OneOf({"", "gemachtigde", "machtiginggever"})
        @Schema(enumeration = {"", "gemachtigde", "machtiginggever"}) String indicatieMachtiging,
        @Valid @Schema(nullable = true) ContactpersoonRol contactpersoonRol,
        @Schema(readOnly = true) List<String> statussen,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        JsonNode betrokkeneIdentificatie,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true)
        com.fasterxml.jackson.databind.JsonNode expand) implements Onderdeel {

    /** Who to contact for the betrokkene in this role. */
    @Schema(name = "ContactPersoonRol")
    public record ContactpersoonRol(@Size(max = 254) @jakarta.validation.constraints.Email @Schema(format = "email") String emailadres, @Size(max = 50) String functie,
                                    @Size(max = 20) String telefoonnummer, @NotNull @Size(max = 40) String naam) {
    }
}
