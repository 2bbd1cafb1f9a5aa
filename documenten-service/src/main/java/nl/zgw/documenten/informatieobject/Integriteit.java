package nl.zgw.documenten.informatieobject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A checksum of the content as the client computed it. */
@Schema(name = "Integriteit")
public record Integriteit(
        @NotBlank @OneOf({"crc_16", "crc_32", "crc_64", "fletcher_4", "fletcher_8", "fletcher_16", "fletcher_32",
                "hmac", "md5", "sha_1", "sha_256", "sha_512", "sha_3"})
        @Schema(enumeration = {"crc_16", "crc_32", "crc_64", "fletcher_4", "fletcher_8", "fletcher_16",
                "fletcher_32", "hmac", "md5", "sha_1", "sha_256", "sha_512", "sha_3"}) String algoritme,
        @NotBlank @Size(max = 128) String waarde,
        @NotNull LocalDate datum) {
}
