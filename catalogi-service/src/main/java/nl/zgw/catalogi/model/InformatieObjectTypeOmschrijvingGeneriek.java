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

/** The generic description of an informatieobjecttype. */
@Schema(name = "InformatieObjectTypeOmschrijvingGeneriek")
public record InformatieObjectTypeOmschrijvingGeneriek(
        @NotBlank @Size(max = 80) String informatieobjecttypeOmschrijvingGeneriek,
        @NotBlank @Size(max = 255) String definitieInformatieobjecttypeOmschrijvingGeneriek,
        @NotBlank @Size(max = 12) String herkomstInformatieobjecttypeOmschrijvingGeneriek,
        @NotBlank @Size(max = 80) String hierarchieInformatieobjecttypeOmschrijvingGeneriek,
        @Size(max = 255) @Schema(nullable = true) String opmerkingInformatieobjecttypeOmschrijvingGeneriek) {
}
