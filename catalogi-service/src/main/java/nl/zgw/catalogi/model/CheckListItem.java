package nl.zgw.catalogi.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.IsoDuration;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A check list item of a statustype. */
@Schema(name = "CheckListItem")
public record CheckListItem(@NotBlank @Size(max = 30) String itemnaam,
                            @Size(max = 1000) @Schema(nullable = true) String toelichting,
                            @NotBlank @Size(max = 255) String vraagstelling,
                            Boolean verplicht) {
}
