package nl.zgw.documenten.bestandsdeel;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.problem.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;

/** BESTANDSDEEL: the upload of one part of a large file (multipart/form-data: {@code inhoud} and {@code lock}). */
@Path("/bestandsdelen")
@Produces(MediaType.APPLICATION_JSON)
public class BestandsdeelResource {

    private final BestandsdeelService service;

    public BestandsdeelResource(BestandsdeelService service) {
        this.service = service;
    }

    @PUT
    @Path("/{uuid}")
    @Scopes("documenten.bijwerken")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "bestandsdeel_update", summary = "Werk een BESTANDSDEEL in zijn geheel bij.")
    public BestandsdeelService.Geupload update(@PathParam("uuid") UUID uuid, @RestForm("inhoud") FileUpload inhoud,
                                              @RestForm("lock") String lock) {
        if (inhoud == null) {
            throw ValidationException.of("inhoud", "required", "Stuur het bestandsdeel mee als inhoud.");
        }
        try (InputStream in = Files.newInputStream(inhoud.uploadedFile())) {
            return service.upload(uuid, lock, in, inhoud.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
