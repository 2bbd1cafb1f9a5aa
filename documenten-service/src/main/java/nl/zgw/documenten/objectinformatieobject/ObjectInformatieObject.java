package nl.zgw.documenten.objectinformatieobject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OBJECTINFORMATIEOBJECT: a document related to a zaak, besluit or verzoek, mirroring the relation at its source. */
@Schema(name = "ObjectInformatieObject")
public record ObjectInformatieObject(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @NotBlank @Schema(format = "uri") String informatieobject,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String object,
        @NotBlank @OneOf({"besluit", "zaak", "verzoek"}) @Schema(enumeration = {"besluit", "zaak", "verzoek"}) String objectType,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true) JsonNode expand) {
}
