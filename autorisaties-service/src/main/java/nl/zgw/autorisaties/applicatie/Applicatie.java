package nl.zgw.autorisaties.applicatie;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** The {@code Applicatie} of the Autorisaties API: a consumer, its client ids and what it may do. */
public record Applicatie(
        @Schema(readOnly = true, maxLength = 1000, format = "uri") URI url,
        @NotNull List<@NotBlank @Size(max = 50) String> clientIds,
        @NotBlank @Size(max = 100) String label,
        Boolean heeftAlleAutorisaties,
        Boolean alleenIsGereedVoorPublicatie,
        List<@NotNull @Valid AutorisatieBase> autorisaties) {

    public boolean alleAutorisaties() {
        return Boolean.TRUE.equals(heeftAlleAutorisaties);
    }

    public List<AutorisatieBase> autorisatiesOrEmpty() {
        return autorisaties == null ? List.of() : autorisaties;
    }
}
