package nl.zgw.documenten.gebruiksrecht;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** GEBRUIKSRECHTEN: the conditions under which a document may be used. */
@Schema(name = "Gebruiksrechten")
public record Gebruiksrechten(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Schema(format = "uri") String informatieobject,
        @NotNull OffsetDateTime startdatum,
        @Schema(nullable = true) OffsetDateTime einddatum,
        @NotBlank String omschrijvingVoorwaarden,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true) JsonNode expand) {
}
