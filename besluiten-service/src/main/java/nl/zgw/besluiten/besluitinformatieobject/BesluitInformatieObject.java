package nl.zgw.besluiten.besluitinformatieobject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.HttpUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * BESLUITINFORMATIEOBJECT: a document of the Documenten API that a besluit lays down; the relation
 * is led from here and mirrored in the Documenten API as an objectinformatieobject (brc-005).
 */
@Schema(name = "BesluitInformatieObject")
public record BesluitInformatieObject(
        @Schema(readOnly = true, format = "uri", maxLength = 1000, minLength = 1) String url,
        @NotBlank @Size(max = 1000) @HttpUrl @Schema(format = "uri", maxLength = 1000, minLength = 1) String informatieobject,
        @NotBlank @HttpUrl @Schema(format = "uri") String besluit,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true)
        JsonNode expand) {

    public BesluitInformatieObject(String url, String informatieobject, String besluit) {
        this(url, informatieobject, besluit, null);
    }
}
