package nl.zgw.notificaties.notificatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;

/** A notification as a source publishes it and a subscriber receives it. */
public record Message(
        @NotBlank @Size(max = 50) String kanaal,
        @NotBlank @Schema(format = "uri") String hoofdObject,
        @NotBlank @Size(max = 100) String resource,
        @NotBlank @Schema(format = "uri") String resourceUrl,
        @NotBlank @Size(max = 100) String actie,
        @NotNull OffsetDateTime aanmaakdatum,
        Map<String, @Size(max = 1000) String> kenmerken) {
}
