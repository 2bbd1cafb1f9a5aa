package nl.zgw.documenten.informatieobject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One part of a large file being uploaded; {@code voltooid} once its content is there. */
@Schema(name = "BestandsDeel")
public record BestandsDeel(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(readOnly = true) int volgnummer,
        @Schema(readOnly = true) long omvang,
        @Schema(readOnly = true) boolean voltooid,
        String lock) {
}
