package nl.zgw.besluiten.openapi;

import nl.zgw.shared.openapi.ZgwOpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Besluiten API 1.1.0 document says beyond the generated one: the audit headers the API
 * reads ({@code X-Audit-Toelichting}) or accepts ({@code X-NLX-Logrecord-ID}) on every change, the
 * {@code <X>Expanded} forms reads answer with and the {@code <X>Embedded} objects their
 * {@code _expand} holds (see {@code BesluitUitbreiding}; the besluittype, zaak and document are other
 * APIs' resources, whose schemas are not part of this document: any object here), and the
 * specification's {@code EmptyObject}.
 */
public class BesluitenOpenApiFilter extends ZgwOpenApiFilter {

    private static final Set<String> AUDITED = Set.of("POST /besluiten", "PUT /besluiten/{uuid}",
            "PATCH /besluiten/{uuid}", "DELETE /besluiten/{uuid}", "POST /besluitinformatieobjecten",
            "DELETE /besluitinformatieobjecten/{uuid}");
    private static final String API = "/api/v1";
    private static final String REF = "#/components/schemas/";
    /** The answer per operation and status: a schema name, or {@code [name]} for a list of them. */
    private static final Map<String, String> ANSWERS = Map.of(
            "GET /besluiten/{uuid} 200", "BesluitExpanded",
            "GET /besluitinformatieobjecten 200", "[BesluitInformatieObjectExpanded]",
            "GET /besluitinformatieobjecten/{uuid} 200", "BesluitInformatieObjectExpanded");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String name : List.of("Besluit", "BesluitInformatieObject")) {
            if (schemas.containsKey(name)) {
                schemas.get(name).removeProperty("_expand"); // only in the Expanded forms
                openAPI.getComponents().addSchema(name + "Expanded", OASFactory.createSchema()
                        .addAllOf(ref(name)).addAllOf(object().addProperty("_expand", ref(name + "Embedded"))));
            }
        }
        openAPI.getComponents().addSchema("BesluitEmbedded", object().addProperty("besluittype", OASFactory.createSchema())
                .addProperty("zaak", OASFactory.createSchema()));
        openAPI.getComponents().addSchema("BesluitInformatieObjectEmbedded", object()
                .addProperty("informatieobject", OASFactory.createSchema()).addProperty("besluit", OASFactory.createSchema()));
        openAPI.getComponents().addSchema("EmptyObject", object());
        openAPI.getPaths().getPathItems().forEach((fullPath, item) -> item.getOperations().forEach((method, op) -> {
            String path = fullPath.substring(fullPath.indexOf(API) + API.length());
            if (AUDITED.contains(method + " " + path)) {
                header(op, "X-Audit-Toelichting");
                header(op, "X-NLX-Logrecord-ID");
            }
            ANSWERS.forEach((answer, schema) -> {
                if (answer.startsWith(method + " " + path + " ")) {
                    answer(op, answer.substring(answer.lastIndexOf(' ') + 1), schema.startsWith("[")
                            ? array(ref(schema.substring(1, schema.length() - 1))) : ref(schema));
                }
            });
            if ((method + " " + path).equals("GET /besluiten")) {
                APIResponse ok = op.getResponses().getAPIResponse("200");
                Schema envelope = ok == null ? null : ok.getContent().getMediaType("application/json").getSchema();
                if (envelope != null && envelope.getProperties() != null) {
                    envelope.addProperty("results", array(ref("BesluitExpanded")));
                }
            }
        }));
    }

    private static void answer(Operation op, String status, Schema schema) {
        APIResponse response = op.getResponses() == null ? null : op.getResponses().getAPIResponse(status);
        if (response != null) {
            response.setContent(OASFactory.createContent()
                    .addMediaType("application/json", OASFactory.createMediaType().schema(schema)));
        }
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(REF + name);
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(items);
    }

    private static void header(Operation op, String name) {
        op.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }
}
