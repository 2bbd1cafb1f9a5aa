package nl.zgw.catalogi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** A ROLTYPE of a zaaktype. */
@Schema(name = "RolType")
public record RolType(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Schema(format = "uri") String zaaktype,
        @Schema(readOnly = true) String zaaktypeIdentificatie,
        @NotBlank @Size(max = 100) String omschrijving,
        @NotNull @OneOf({"adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter",
                "zaakcoordinator", "mede_initiator"})
        @Schema(enumeration = {"adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator",
                "klantcontacter", "zaakcoordinator", "mede_initiator"}) String omschrijvingGeneriek,
        @Schema(format = "uri", nullable = true) String catalogus,
        @Schema(nullable = true) LocalDate beginGeldigheid,
        @Schema(nullable = true) LocalDate eindeGeldigheid,
        @Schema(nullable = true) LocalDate beginObject,
        @Schema(nullable = true) LocalDate eindeObject,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Map<String, Object> expand) implements CatalogiResource {

    /** The values of {@code omschrijvingGeneriek}, also what its list filter accepts. */
    public static final java.util.Set<String> OMSCHRIJVINGEN_GENERIEK = java.util.Set.of("adviseur", "behandelaar",
            "belanghebbende", "beslisser", "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator");
}
