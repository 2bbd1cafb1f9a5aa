package nl.zgw.notificaties.kanaal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** A KANAAL: the channel a source publishes on, and the kenmerken subscribers can filter on. */
public record Kanaal(
        @Schema(readOnly = true, maxLength = 1000, format = "uri") URI url,
        @NotBlank @Size(max = 50) String naam,
        @Size(max = 200) @Schema(format = "uri") String documentatieLink,
        List<@NotBlank @Size(max = 100) String> filters) {
}
