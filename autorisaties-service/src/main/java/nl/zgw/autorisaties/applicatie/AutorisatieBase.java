package nl.zgw.autorisaties.applicatie;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One autorisatie of an applicatie. The type and maximum confidentiality fields belong to some
 * components only (zrc: zaaktype, drc: informatieobjecttype, brc: besluittype) and are left out of
 * the JSON where they do not apply. In the OpenAPI document they belong to the per-component
 * schemas ({@code zrc}, {@code drc}, ...; META-INF/openapi.yaml), as in the specification.
 */
public record AutorisatieBase(
        @NotNull Component component,
        @Schema(readOnly = true) String componentWeergave,
        @NotNull List<@NotBlank @Size(max = 100) String> scopes,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 1000) @Schema(hidden = true) String zaaktype,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 1000) @Schema(hidden = true) String informatieobjecttype,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 1000) @Schema(hidden = true) String besluittype,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true)
        Vertrouwelijkheidaanduiding maxVertrouwelijkheidaanduiding) {

    public List<String> scopesOrEmpty() {
        return scopes == null ? List.of() : scopes;
    }
}
