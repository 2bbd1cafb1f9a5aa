package nl.zgw.autorisaties.applicatie;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.util.List;

/**
 * One autorisatie of an applicatie. The type and maximum confidentiality fields belong to some
 * components only (zrc: zaaktype, drc: informatieobjecttype, brc: besluittype) and are left out of
 * the JSON where they do not apply. In the OpenAPI document they belong to the per-component
 * schemas ({@code zrc}, {@code drc}, ...; META-INF/openapi.yaml), as in the specification. An
 * empty string for any of them is taken as absent (ac-003, as the reference implementation does):
 * required where the scopes need the field, ignored where they do not.
 */
public record AutorisatieBase(
        @NotNull Component component,
        @Schema(readOnly = true) String componentWeergave,
        @NotNull List<@NotBlank @Size(max = 100) String> scopes,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 1000) @Schema(hidden = true) String zaaktype,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 1000) @Schema(hidden = true) String informatieobjecttype,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 1000) @Schema(hidden = true) String besluittype,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true) @JsonDeserialize(using = LeegIsAfwezig.class)
        Vertrouwelijkheidaanduiding maxVertrouwelijkheidaanduiding) {

    public AutorisatieBase {
        zaaktype = leeg(zaaktype);
        informatieobjecttype = leeg(informatieobjecttype);
        besluittype = leeg(besluittype);
    }

    private static String leeg(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** A maximum vertrouwelijkheidaanduiding of {@code ""} is none; any other unknown value stays an invalid choice. */
    static final class LeegIsAfwezig extends StdDeserializer<Vertrouwelijkheidaanduiding> {
        LeegIsAfwezig() {
            super(Vertrouwelijkheidaanduiding.class);
        }

        @Override
        public Vertrouwelijkheidaanduiding deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Vertrouwelijkheidaanduiding) ctxt.handleUnexpectedToken(Vertrouwelijkheidaanduiding.class, p);
            }
            String value = p.getText();
            if (value.isEmpty()) {
                return null;
            }
            return Vertrouwelijkheidaanduiding.ofValue(value).orElseThrow(() -> InvalidFormatException.from(p,
                    "not one of the values accepted", value, Vertrouwelijkheidaanduiding.class));
        }
    }

    public List<String> scopesOrEmpty() {
        return scopes == null ? List.of() : scopes;
    }
}
