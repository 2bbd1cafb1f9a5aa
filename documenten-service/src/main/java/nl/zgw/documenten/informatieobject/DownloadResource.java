package nl.zgw.documenten.informatieobject;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.zgw.documenten.inhoud.InhoudOpslag;
import nl.zgw.shared.auth.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET .../{uuid}/download}: the content of a version, streamed from the storage, with its
 * media type (the document's formaat), size, file name, an ETag (its SHA-256, so If-None-Match
 * answers 304) and a single byte range on request (206; 416 when it lies beyond the end).
 */
@Path("/enkelvoudiginformatieobjecten/{uuid}/download")
public class DownloadResource {

    private static final Pattern RANGE = Pattern.compile("^bytes=(\\d{0,18})-(\\d{0,18})$");

    private final InformatieObjectService service;
    private final InhoudOpslag opslag;

    public DownloadResource(InformatieObjectService service, InhoudOpslag opslag) {
        this.service = service;
        this.opslag = opslag;
    }

    @GET
    @Scopes(InformatieObjectService.LEZEN)
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
    @Operation(operationId = "enkelvoudiginformatieobject_download", summary = "Download de binaire data van het (ENKELVOUDIG) INFORMATIEOBJECT.")
    public Response download(@PathParam("uuid") UUID uuid,
                             @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("versie") String versie,
                             @QueryParam("registratieOp") String registratieOp,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                             @HeaderParam("Range") String range) {
        InformatieObjectService.Download inhoud = service.download(uuid, Versies.versie(versie),
                Versies.registratieOp(registratieOp));
        String etag = "\"" + inhoud.sha256() + "\"";
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(t -> t.equals(etag) || t.equals("W/" + etag) || t.equals("*"))) {
            return Response.notModified().tag(inhoud.sha256()).build();
        }
        long grootte = inhoud.grootte();
        long vanaf = 0;
        long tot = grootte - 1;
        boolean deel = false;
        Matcher m = range == null ? null : RANGE.matcher(range.trim());
        if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
            if (m.group(1).isEmpty()) { // the last n bytes
                vanaf = Math.max(0, grootte - Long.parseLong(m.group(2)));
            } else {
                vanaf = Long.parseLong(m.group(1));
                if (!m.group(2).isEmpty()) {
                    tot = Math.min(tot, Long.parseLong(m.group(2)));
                }
            }
            if (vanaf >= grootte) {
                return Response.status(416).header("Content-Range", "bytes */" + grootte).build();
            }
            deel = vanaf <= tot; // an invalid range (5-2) is ignored: the whole content
            if (!deel) {
                vanaf = 0;
                tot = grootte - 1;
            }
        }
        long lengte = tot - vanaf + 1;
        InputStream geopend; // opened before the answer starts: content deleted meanwhile is a 404, not a cut-off 200
        try {
            geopend = opslag.lees(inhoud.sleutel(), vanaf);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new nl.zgw.shared.problem.NotFoundException("De inhoud van dit document is er niet meer.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StreamingOutput stroom = (OutputStream uit) -> {
            try (InputStream in = geopend) {
                byte[] buffer = new byte[64 * 1024];
                long rest = lengte;
                while (rest > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, rest));
                    if (n < 0) {
                        break;
                    }
                    uit.write(buffer, 0, n);
                    rest -= n;
                }
            }
        };
        Response.ResponseBuilder antwoord = Response.status(deel ? 206 : 200).entity(stroom)
                .type(mediaType(inhoud.formaat()))
                .header(HttpHeaders.CONTENT_LENGTH, lengte)
                .header("Accept-Ranges", "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, etag)
                .header("Content-Disposition", disposition(inhoud.bestandsnaam()));
        if (deel) {
            antwoord.header("Content-Range", "bytes " + vanaf + "-" + tot + "/" + grootte);
        }
        return antwoord.build();
    }

    /** The document's formaat when it is a media type, else application/octet-stream. */
    static MediaType mediaType(String formaat) {
        if (formaat != null && formaat.matches("^[\\w.+-]+/[\\w.+-]+$")) {
            try {
                return MediaType.valueOf(formaat);
            } catch (IllegalArgumentException e) {
                return MediaType.APPLICATION_OCTET_STREAM_TYPE;
            }
        }
        return MediaType.APPLICATION_OCTET_STREAM_TYPE;
    }

    static String disposition(String bestandsnaam) {
        if (bestandsnaam == null || bestandsnaam.isBlank()) {
            return "attachment";
        }
        String ascii = bestandsnaam.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(bestandsnaam, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
