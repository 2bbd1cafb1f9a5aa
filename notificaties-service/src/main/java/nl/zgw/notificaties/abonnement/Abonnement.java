package nl.zgw.notificaties.abonnement;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An ABONNEMENT. {@code auth} is the Authorization value the Notificaties API sends to the
 * callback: a secret of the consumer, so it is accepted on writes and never shown again.
 */
public record Abonnement(
        @Schema(readOnly = true, maxLength = 1000, format = "uri") URI url,
        @NotBlank @Size(max = 1000) @Schema(format = "uri") String callbackUrl,
        @NotBlank @Size(max = 1000) @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String auth,
        @NotNull List<@NotNull @Valid FilterGroup> kanalen) {

    /** The kanaal ({@code naam}) and the kenmerken ({@code filters}) an abonnement takes. */
    public record FilterGroup(@NotBlank @Size(max = 50) String naam, Map<String, @NotBlank @Size(max = 1000) String> filters) {
    }
}
