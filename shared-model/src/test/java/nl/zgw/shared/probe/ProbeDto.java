package nl.zgw.shared.probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

public record ProbeDto(
        @NotNull @Size(max = 5) String naam,
        Integer aantal,
        ProbeStatus status,
        LocalDate datum,
        OffsetDateTime tijdstip,
        String toelichting,
        nl.zgw.shared.ref.ResourceUrl zaak,
        List<@Valid Item> relevanteAndereZaken) {

    public record Item(@NotBlank String url, String aardRelatie) {
    }
}
