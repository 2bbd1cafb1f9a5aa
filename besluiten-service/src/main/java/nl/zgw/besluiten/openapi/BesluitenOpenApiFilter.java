package nl.zgw.besluiten.openapi;

import nl.zgw.shared.openapi.ZgwOpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Map;
import java.util.Set;

/**
 * What the Besluiten API 1.1.0 document says beyond the generated one: the audit headers the API
 * reads ({@code X-Audit-Toelichting}) or accepts ({@code X-NLX-Logrecord-ID}) on every change, no
 * {@code _expand} in the schemas (expand is not served yet), and the specification's unused
 * {@code EmptyObject}.
 */
public class BesluitenOpenApiFilter extends ZgwOpenApiFilter {

    private static final Set<String> AUDITED = Set.of("POST /besluiten", "PUT /besluiten/{uuid}",
            "PATCH /besluiten/{uuid}", "DELETE /besluiten/{uuid}", "POST /besluitinformatieobjecten",
            "DELETE /besluitinformatieobjecten/{uuid}");
    private static final String API = "/api/v1";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas.containsKey("Besluit")) {
            schemas.get("Besluit").removeProperty("_expand");
        }
        openAPI.getComponents().addSchema("EmptyObject", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
        openAPI.getPaths().getPathItems().forEach((fullPath, item) -> item.getOperations().forEach((method, op) -> {
            String path = fullPath.substring(fullPath.indexOf(API) + API.length());
            if (AUDITED.contains(method + " " + path)) {
                header(op, "X-Audit-Toelichting");
                header(op, "X-NLX-Logrecord-ID");
            }
        }));
    }

    private static void header(Operation op, String name) {
        op.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }
}
