package nl.zgw.shared.openapi;

import nl.zgw.shared.auth.Component;
import nl.zgw.shared.ref.ZgwApi;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the generated OpenAPI document say what every ZGW API says in the same way, so each
 * service's drift check compares what is its own:
 * <ul>
 * <li>the error schemas {@code Fout}, {@code ValidatieFout}, {@code FieldValidationError} and on
 * every operation the error responses of the ZGW specs (401, 403, 406, 409, 410, 415, 429, 500;
 * 400 where input is read; 404 on a detail), as {@code application/problem+json};</li>
 * <li>UUID path parameters as {@code type: string, format: uuid};</li>
 * <li>list envelopes ({@code Page<T>}) named as the spec names them, {@code Paginated<T>List}, or
 * written inline ({@code zgw.openapi.inline-page-envelopes=true}) where the spec does that;</li>
 * <li>dates and times ({@code LocalDate}, {@code OffsetDateTime}) inline as {@code type: string} with
 * {@code format: date} or {@code date-time};</li>
 * <li>HEAD operations as the specs write them: a 200 without a body and no error responses.</li>
 * </ul>
 * A service with quirks of its own extends this filter and sets {@code mp.openapi.filter} to its class.
 */
public class ZgwOpenApiFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> ALWAYS = List.of("401", "403", "406", "409", "410", "415", "429", "500");
    private static final Set<PathItem.HttpMethod> READS_INPUT = Set.of(PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        errorSchemas(components);
        boolean inline = ConfigProvider.getConfig()
                .getOptionalValue("zgw.openapi.inline-page-envelopes", Boolean.class).orElse(false);
        if (openAPI.getPaths() == null) {
            return;
        }
        Set<String> inlined = new java.util.HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            uuidParameters(op, item);
            pageEnvelopes(op, components, inline, inlined);
            if (method == PathItem.HttpMethod.HEAD) {
                headResponses(op);
            } else {
                errorResponses(path, method, op);
            }
        }));
        if (components.getSchemas() != null) {
            auditTrail(components);
            inlineDates(components);
            components.removeSchema("UUID");
            inlined.forEach(components::removeSchema);
        }
    }

    private static void errorResponses(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        boolean detail = path.contains("{");
        if (READS_INPUT.contains(method) || (method == PathItem.HttpMethod.GET && !detail)) {
            problem(responses, "400", "ValidatieFout", "Bad request");
        }
        if (detail) {
            problem(responses, "404", "Fout", "Not found");
        }
        for (String code : ALWAYS) {
            problem(responses, code, "Fout", "Error");
        }
        if (responses.getAPIResponse("404") != null) {
            problem(responses, "404", "Fout", "Not found");
        }
    }

    private static void headResponses(Operation op) {
        APIResponses responses = OASFactory.createAPIResponses();
        responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK"));
        op.setResponses(responses);
    }

    /**
     * The shared {@code AuditTrail} schema, as the specifications of the APIs that keep an audit
     * trail write it (their representations before and after are plain objects); the other APIs'
     * documents do not have it.
     */
    private static void auditTrail(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        Schema trail = schemas.get("AuditTrail");
        if (trail != null && keepsAuditTrail()) {
            for (String name : List.of("aanmaakdatum", "actie", "bron", "hoofdObject", "resource", "resourceUrl",
                    "resourceWeergave", "resultaat", "wijzigingen")) {
                if (trail.getRequired() == null || !trail.getRequired().contains(name)) {
                    trail.addRequired(name);
                }
            }
            Schema wijzigingen = schemas.get("Wijzigingen");
            if (wijzigingen != null) {
                wijzigingen.addProperty("oud", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
                wijzigingen.addProperty("nieuw", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
            }
        } else if (trail != null) {
            components.removeSchema("AuditTrail");
            components.removeSchema("Wijzigingen");
        }
        components.removeSchema("JsonNode");
        components.removeSchema("JsonNodeType");
    }

    private static boolean keepsAuditTrail() {
        return ConfigProvider.getConfig().getOptionalValue("zgw.component", String.class)
                .flatMap(ZgwApi::ofComponent).map(api -> Component.of(api).keepsAuditTrail()).orElse(false);
    }

    /** Properties of a date or time type become {@code type: string} with its format, nullability kept. */
    private static void inlineDates(Components components) {
        inline(components, "LocalDate", "date");
        inline(components, "OffsetDateTime", "date-time");
    }

    private static void inline(Components components, String type, String format) {
        String ref = "#/components/schemas/" + type;
        for (Schema schema : components.getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                Schema value = property.getValue();
                boolean date = ref.equals(value.getRef());
                boolean nullable = value.getType() != null && value.getType().contains(Schema.SchemaType.NULL);
                for (List<Schema> members : java.util.Arrays.asList(value.getAllOf(), value.getAnyOf(), value.getOneOf())) {
                    if (members != null) {
                        date |= members.stream().anyMatch(m -> ref.equals(m.getRef()));
                        nullable |= members.stream().anyMatch(m -> m.getType() != null
                                && m.getType().contains(Schema.SchemaType.NULL));
                    }
                }
                if (date) {
                    value.setRef(null);
                    value.setAllOf(null);
                    value.setAnyOf(null);
                    value.setOneOf(null);
                    value.setType(nullable ? List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)
                            : List.of(Schema.SchemaType.STRING));
                    value.setFormat(format);
                }
            }
        }
        components.removeSchema(type);
    }

    /** Adds the response, or gives an existing one without a body the problem body. */
    private static void problem(APIResponses responses, String code, String schema, String description) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        }
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/" + schema))));
        }
    }

    private static void uuidParameters(Operation op, PathItem item) {
        for (List<Parameter> parameters : java.util.Arrays.asList(op.getParameters(), item.getParameters())) {
            if (parameters == null) {
                continue;
            }
            for (Parameter p : parameters) {
                Schema s = p.getSchema();
                if (s != null && "#/components/schemas/UUID".equals(s.getRef())) {
                    p.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uuid"));
                }
            }
        }
    }

    private static void pageEnvelopes(Operation op, Components components, boolean inline, Set<String> inlined) {
        if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
            return;
        }
        for (APIResponse response : op.getResponses().getAPIResponses().values()) {
            Content content = response.getContent();
            if (content == null) {
                continue;
            }
            for (MediaType media : content.getMediaTypes().values()) {
                Schema schema = media.getSchema();
                String ref = schema == null ? null : schema.getRef();
                if (ref == null || !ref.startsWith("#/components/schemas/Page")) {
                    continue;
                }
                String name = ref.substring("#/components/schemas/".length());
                String spec = "Paginated" + name.substring("Page".length()) + "List";
                Schema envelope = components.getSchemas().get(name);
                if (envelope == null) {
                    envelope = components.getSchemas().get(spec); // renamed for an earlier operation
                }
                if (envelope == null) {
                    continue;
                }
                envelope.setRequired(List.of("count", "results"));
                nullable(envelope, "next");
                nullable(envelope, "previous");
                if (inline) {
                    media.setSchema(envelope);
                    inlined.add(name);
                } else {
                    components.addSchema(spec, envelope);
                    media.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + spec));
                    components.removeSchema(name);
                }
            }
        }
    }

    private static void nullable(Schema envelope, String property) {
        Map<String, Schema> properties = envelope.getProperties();
        Schema schema = properties == null ? null : properties.get(property);
        if (schema != null && (schema.getType() == null || !schema.getType().contains(Schema.SchemaType.NULL))) {
            schema.addType(Schema.SchemaType.NULL); // written as nullable: true in 3.0.3
        }
    }

    private static void errorSchemas(Components components) {
        Schema field = object(List.of("name", "code", "reason"));
        field.addProperty("name", string());
        field.addProperty("code", string());
        field.addProperty("reason", string());
        components.addSchema("FieldValidationError", field);
        Schema fout = foutProperties(object(List.of("code", "title", "status", "detail", "instance")));
        components.addSchema("Fout", fout);
        Schema validatie = foutProperties(object(List.of("code", "title", "status", "detail", "instance",
                "invalidParams")));
        validatie.addProperty("invalidParams", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldValidationError")));
        components.addSchema("ValidatieFout", validatie);
    }

    private static Schema foutProperties(Schema schema) {
        return schema.addProperty("type", string()).addProperty("code", string()).addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string()).addProperty("instance", string());
    }

    private static Schema object(List<String> required) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).required(required);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
