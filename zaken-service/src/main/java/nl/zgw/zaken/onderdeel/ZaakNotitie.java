package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** ZAAKNOTITIE: a note about a zaak ({@code gerelateerdAan}), by a person, inside or outside the organisation. */
@Schema(name = "ZaakNotitie")
public record ZaakNotitie(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Size(max = 255) String onderwerp,
        @NotBlank String tekst,
        @Size(max = 255) String aangemaaktDoor,
        @OneOf({"intern", "extern"}) @Schema(enumeration = {"intern", "extern"}) String notitieType,
        @OneOf({"concept", "definitief"}) @Schema(enumeration = {"concept", "definitief"}) String status,
        @Schema(readOnly = true) OffsetDateTime aanmaakdatum,
        @Schema(readOnly = true) OffsetDateTime wijzigingsdatum,
        @NotBlank @Schema(format = "uri") String gerelateerdAan) implements Onderdeel {

    @Override
    @JsonIgnore
    public String zaak() {
        return gerelateerdAan;
    }
}
