package nl.zgw.documenten.openapi;

import nl.zgw.shared.openapi.ZgwOpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What the Documenten API 1.7.0 document says beyond the generated one: the headers the API reads
 * ({@code X-Audit-Toelichting} for the audit trail, {@code X-NLX-Logrecord-ID} which it accepts),
 * {@code If-None-Match} on the details with an ETag, the download as binary content, the answers of
 * lock and unlock as the specification gives them, and (in {@link DocumentenSchemas}) the request
 * and answer schemas as the specification names them.
 */
public class DocumentenOpenApiFilter extends ZgwOpenApiFilter {

    private static final String API = "/api/v1";
    private static final String PROBLEM = "application/problem+json";
    /** The changes the specification documents the audit headers for: documents and their gebruiksrechten. */
    private static final Set<String> AUDITED = Set.of("POST /enkelvoudiginformatieobjecten",
            "PUT /enkelvoudiginformatieobjecten/{uuid}", "PATCH /enkelvoudiginformatieobjecten/{uuid}",
            "DELETE /enkelvoudiginformatieobjecten/{uuid}", "POST /gebruiksrechten", "PUT /gebruiksrechten/{uuid}",
            "PATCH /gebruiksrechten/{uuid}", "DELETE /gebruiksrechten/{uuid}");
    private static final String LOCK = "POST /enkelvoudiginformatieobjecten/{uuid}/lock";
    private static final String UNLOCK = "POST /enkelvoudiginformatieobjecten/{uuid}/unlock";
    private static final String DOWNLOAD = "GET /enkelvoudiginformatieobjecten/{uuid}/download";
    /**
     * Operations the specification documents no 409 for, and which cannot conflict with a concurrent
     * request: the download only reads, lock and unlock take the document's row lock before anything
     * else (as every change of a document and its bestandsdelen does).
     */
    private static final Set<String> WITHOUT_CONFLICT = Set.of(LOCK, UNLOCK, DOWNLOAD);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        DocumentenSchemas.apply(openAPI);
        openAPI.getPaths().getPathItems().forEach((fullPath, item) -> item.getOperations().forEach((method, op) -> {
            String path = pathOf(fullPath);
            String key = method + " " + path;
            if (AUDITED.contains(key)) {
                header(op, "X-Audit-Toelichting");
                header(op, "X-NLX-Logrecord-ID");
            }
            boolean detail = path.endsWith("{uuid}") && (method == PathItem.HttpMethod.GET
                    || method == PathItem.HttpMethod.HEAD);
            if (detail && item.getHEAD() != null) { // @ETagged: a matching If-None-Match is a 304
                header(op, "If-None-Match");
            }
            if (path.contains("{enkelvoudiginformatieobject_uuid}")) {
                documentParameter(op, item);
            }
            if (WITHOUT_CONFLICT.contains(key) && op.getResponses() != null) {
                op.getResponses().removeAPIResponse("409");
            }
            if (key.equals(LOCK) || key.equals(UNLOCK)) {
                refusal(op.getResponses());
            }
            if (key.equals(DOWNLOAD)) {
                binary(op.getResponses().getAPIResponse("200"));
            }
        }));
    }

    /** The path below {@code /api/v1}, as the specification writes it. */
    static String pathOf(String fullPath) {
        int api = fullPath.indexOf(API);
        return api < 0 ? fullPath : fullPath.substring(api + API.length());
    }

    private static void header(Operation op, String name) {
        op.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    /**
     * The document of an audit trail as the specification types it: a string. Anything but a UUID
     * names no document, so the API answers 404 for it, as it does for a document that does not exist.
     */
    private static void documentParameter(Operation op, PathItem item) {
        for (List<Parameter> parameters : Arrays.asList(op.getParameters(), item.getParameters())) {
            if (parameters == null) {
                continue;
            }
            for (Parameter p : parameters) {
                if (p.getIn() == Parameter.In.PATH && "enkelvoudiginformatieobject_uuid".equals(p.getName())) {
                    p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                }
            }
        }
    }

    /**
     * A lock or unlock that is refused (already locked, wrong lock id, an incomplete upload) is a
     * 400; the specification gives it as a {@code Fout} (the API's body, a ValidatieFout, is one).
     */
    private static void refusal(APIResponses responses) {
        APIResponse refused = responses == null ? null : responses.getAPIResponse("400");
        if (refused != null) {
            refused.setContent(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/Fout"))));
        }
    }

    /**
     * The content of a version as binary. The API answers with the document's formaat as media type
     * when that is one (else application/octet-stream), so the wildcard media type stays beside it.
     */
    private static void binary(APIResponse ok) {
        if (ok == null) {
            return;
        }
        Content content = ok.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            content = OASFactory.createContent().addMediaType("application/octet-stream", OASFactory.createMediaType());
            ok.setContent(content);
        }
        for (MediaType media : content.getMediaTypes().values()) {
            media.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary"));
        }
    }
}
