package nl.zgw.zaken.zaak;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.validation.Rsin;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Reserves zaaknummers before the zaken exist (e.g. for a letter sent first): each number is
 * handed out once and may then be used by exactly one zaak, never again, not after its zaak is
 * deleted either.
 */
@Path("/zaaknummer_reserveren")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaaknummerResource {

    @Schema(name = "ReserveZaakIdentificatieRequest")
    public record Verzoek(@NotBlank @Rsin @Schema(writeOnly = true, maxLength = 9) String bronorganisatie,
                          @Min(1) @Max(1000) @Schema(writeOnly = true) Integer aantal) {
    }

    @Schema(name = "ReserveZaakIdentificatie")
    public record Reservering(@Schema(readOnly = true) String zaaknummer) {
    }

    private final ZaakService service;

    public ZaaknummerResource(ZaakService service) {
        this.service = service;
    }

    @POST
    @Scopes("zaken.aanmaken")
    @Operation(operationId = "zaaknummer_reserveren", summary = "Reserveer een of meer zaaknummers.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Created",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = Reservering.class)))
    public Response reserveer(@Valid @NotNull Verzoek verzoek) {
        int aantal = verzoek.aantal() == null ? 1 : verzoek.aantal();
        List<Reservering> nummers = service.reserveer(verzoek.bronorganisatie(), aantal).stream()
                .map(Reservering::new).toList();
        return Response.status(201).entity(nummers).build();
    }
}
