package nl.zgw.catalogi.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** The generic description of an informatieobjecttype. */
@Schema(name = "InformatieObjectTypeOmschrijvingGeneriek")
public record InformatieObjectTypeOmschrijvingGeneriek(
        @NotBlank @Size(max = 80) String informatieobjecttypeOmschrijvingGeneriek,
        @NotBlank @Size(max = 255) String definitieInformatieobjecttypeOmschrijvingGeneriek,
        @NotBlank @Size(max = 12) String herkomstInformatieobjecttypeOmschrijvingGeneriek,
        @NotBlank @Size(max = 80) String hierarchieInformatieobjecttypeOmschrijvingGeneriek,
        @Size(max = 255) @Schema(nullable = true) String opmerkingInformatieobjecttypeOmschrijvingGeneriek) {
}
