package nl.zgw.catalogi.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** A check list item of a statustype. */
@Schema(name = "CheckListItem")
public record CheckListItem(@NotBlank @Size(max = 30) String itemnaam,
                            @Size(max = 1000) @Schema(nullable = true) String toelichting,
                            @NotBlank @Size(max = 255) String vraagstelling,
                            Boolean verplicht) {
}
