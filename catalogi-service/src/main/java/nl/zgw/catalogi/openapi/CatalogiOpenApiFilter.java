package nl.zgw.catalogi.openapi;

import nl.zgw.catalogi.type.Expander;
import nl.zgw.shared.openapi.ZgwOpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Catalogi API 1.3.3 document has request and response shapes of its own beside each
 * resource's schema ({@code ZaakTypeCreate}, {@code ZaakTypeUpdate}, {@code PatchedStatusType},
 * {@code BesluitTypePostResponse}, ...), reference lists whose items are URLs, and read-only
 * fields listed as required. This filter derives those shapes from the generated resource
 * schemas, so the served document describes the bodies the API takes and gives as the
 * specification names them. Each difference from the resource schema is written out below.
 */
public class CatalogiOpenApiFilter extends ZgwOpenApiFilter {

    private static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components.getSchemas();
        referenceItems(schemas);
        readOnlyRequired(schemas);
        variants(components);
        expansions(components);
        operations(openAPI);
    }

    /** Lists of references: URL items, some nullable; lists of identifiers with read-only items. */
    private static void referenceItems(Map<String, Schema> s) {
        uri(s, "BesluitType", false, "informatieobjecttypen", "resultaattypen", "zaaktypen");
        uri(s, "Catalogus", false, "besluittypen", "informatieobjecttypen", "zaaktypen");
        uri(s, "InformatieObjectType", false, "besluittypen", "zaaktypen");
        uri(s, "ResultaatType", true, "besluittypen", "informatieobjecttypen");
        uri(s, "StatusType", true, "eigenschappen");
        uri(s, "ZaakObjectType", false, "resultaattypen", "statustypen");
        uri(s, "ZaakType", false, "besluittypen", "eigenschappen", "informatieobjecttypen", "resultaattypen",
                "roltypen", "statustypen", "zaakobjecttypen", "productenOfDiensten");
        uri(s, "ZaakType", true, "deelzaaktypen");
        readOnlyItems(s, "InformatieObjectType", "zaaktypeIdentificaties");
        readOnlyItems(s, "ZaakType", "deelzaaktypeIdentificaties");
    }

    /** The specification lists the read-only fields of the resource schemas as required (always present). */
    private static void readOnlyRequired(Map<String, Schema> s) {
        required(s, "BesluitType", "url", "concept", "zaaktypen", "zaaktypeIdentificaties",
                "informatieobjecttypeOmschrijvingen", "resultaattypen", "resultaattypenOmschrijving", "vastgelegdIn");
        required(s, "Catalogus", "url", "zaaktypen", "besluittypen", "besluittypeOmschrijving", "informatieobjecttypen",
                "informatieobjecttypeOmschrijving");
        required(s, "Eigenschap", "url", "catalogus", "zaaktypeIdentificatie");
        required(s, "InformatieObjectType", "url", "concept", "zaaktypen", "zaaktypeIdentificaties", "besluittypen",
                "besluittypeOmschrijving");
        required(s, "ResultaatType", "url", "zaaktypeIdentificatie", "omschrijvingGeneriek");
        required(s, "RolType", "url", "zaaktypeIdentificatie");
        required(s, "StatusType", "url", "catalogus", "zaaktypeIdentificatie", "isEindstatus");
        required(s, "ZaakObjectType", "url", "zaaktypeIdentificatie", "resultaattypen", "statustypen");
        required(s, "ZaakType", "url", "concept", "zaakobjecttypen", "statustypen", "resultaattypen", "eigenschappen",
                "informatieobjecttypen", "informatieobjecttypeOmschrijving", "roltypen", "besluittypeOmschrijving",
                "deelzaaktypeIdentificaties");
        required(s, "ZaakTypeInformatieObjectType", "url", "catalogus", "zaaktypeIdentificatie");
        required(s, "ZaakTypenRelatie", "zaaktypeIdentificatie");
    }

    private static void variants(Components c) {
        Map<String, Schema> s = c.getSchemas();
        List<String> zaaktypeInput = List.of("besluittypeOmschrijving", "deelzaaktypeIdentificaties",
                "informatieobjecttypeOmschrijving");
        for (String name : List.of("ZaakTypeCreate", "ZaakTypeUpdate")) {
            Schema v = copy(s.get("ZaakType"), zaaktypeInput);
            plainItems(v, "besluittypen", "deelzaaktypen");
            v.addProperty("gerelateerdeZaaktypen", array(OASFactory.createSchema().ref(REF + "ZaakTypenRelatieCreate")));
            v.addProperty("informatieobjecttypen", string().readOnly(true));
            if (name.equals("ZaakTypeCreate")) {
                v.removeRequired("deelzaaktypen");
            }
            c.addSchema(name, v);
        }
        Schema relatie = copy(s.get("ZaakTypenRelatie"), List.of("zaaktypeIdentificatie"));
        relatie.addProperty("zaaktype", string());
        c.addSchema("ZaakTypenRelatieCreate", relatie);

        for (String name : List.of("BesluitTypeCreate", "BesluitTypeUpdate")) {
            Schema v = copy(s.get("BesluitType"), List.of("informatieobjecttypeOmschrijvingen", "zaaktypeIdentificaties"));
            plainItems(v, "informatieobjecttypen");
            c.addSchema(name, v);
        }
        Schema postResponse = copy(s.get("BesluitType"), List.of());
        postResponse.addProperty("informatieobjecttypeOmschrijving", array(string()).readOnly(true));
        postResponse.removeRequired("zaaktypeIdentificaties");
        postResponse.removeRequired("zaaktypen");
        c.addSchema("BesluitTypePostResponse", postResponse);

        Schema resultaatCreate = copy(s.get("ResultaatType"), List.of());
        plainItems(resultaatCreate, "besluittypen", "informatieobjecttypen");
        resultaatCreate.addRequired("besluittypeOmschrijving").addRequired("informatieobjecttypeOmschrijving");
        c.addSchema("ResultaatTypeCreate", resultaatCreate);
        Schema resultaatUpdate = copy(s.get("ResultaatType"), List.of());
        plainItems(resultaatUpdate, "besluittypen");
        resultaatUpdate.addRequired("besluittypeOmschrijving").addRequired("besluittypen")
                .addRequired("informatieobjecttypeOmschrijving");
        c.addSchema("ResultaatTypeUpdate", resultaatUpdate);

        c.addSchema("CatalogusUpdate", copy(s.get("Catalogus"), List.of("url", "zaaktypen", "besluittypen",
                "besluittypeOmschrijving", "informatieobjecttypen", "informatieobjecttypeOmschrijving")));
        patched(c, "Catalogus", "besluittypeOmschrijving", "informatieobjecttypeOmschrijving");
        for (String name : List.of("Eigenschap", "ResultaatType", "RolType", "StatusType", "ZaakTypeInformatieObjectType")) {
            patched(c, name);
        }
        patched(c, "ZaakObjectType", "resultaattypeOmschrijving");
        c.addSchema("EmptyObject", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
    }

    /** The resource schema of each resource name of {@link Expander}. */
    private static final Map<String, String> SCHEMA = Map.of("catalogus", "Catalogus", "zaaktype", "ZaakType",
            "besluittype", "BesluitType", "informatieobjecttype", "InformatieObjectType", "eigenschap", "Eigenschap",
            "resultaattype", "ResultaatType", "roltype", "RolType", "statustype", "StatusType",
            "zaakobjecttype", "ZaakObjectType", "zaaktype-informatieobjecttype", "ZaakTypeInformatieObjectType");

    /**
     * {@code XExpanded}: the resource with {@code _expand}, answered by reads (with or without
     * {@code expand}); {@code XEmbedded}: what {@code _expand} may hold, lists of expanded
     * resources or (for a single reference) any object.
     */
    private static void expansions(Components c) {
        Expander.expandableFields().forEach((resource, fields) -> {
            String name = SCHEMA.get(resource);
            Schema embedded = object();
            fields.forEach((field, single) -> embedded.addProperty(field, single ? OASFactory.createSchema()
                    : array(OASFactory.createSchema().ref(REF + SCHEMA.get(Expander.targetResource(field)) + "Expanded"))));
            c.addSchema(name + "Embedded", embedded);
            Schema expanded = copy(c.getSchemas().get(name), List.of());
            expanded.addProperty("_expand", OASFactory.createSchema().ref(REF + name + "Embedded"));
            c.addSchema(name + "Expanded", expanded);
            Schema page = c.getSchemas().get("Paginated" + name + "List");
            if (page != null) {
                page.setRequired(null);
                page.addProperty("results", array(OASFactory.createSchema().ref(REF + name + "Expanded")));
            }
        });
    }

    /** Request and response bodies per operation, and the If-None-Match header of detail reads. */
    private static void operations(OpenAPI openAPI) {
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("POST /zaaktypen", "ZaakTypeCreate");
        requests.put("PUT /zaaktypen/{uuid}", "ZaakTypeUpdate");
        requests.put("POST /besluittypen", "BesluitTypeCreate");
        requests.put("PUT /besluittypen/{uuid}", "BesluitTypeUpdate");
        requests.put("POST /resultaattypen", "ResultaatTypeCreate");
        requests.put("PUT /resultaattypen/{uuid}", "ResultaatTypeCreate");
        requests.put("PUT /catalogussen/{uuid}", "CatalogusUpdate");
        requests.put("PATCH /catalogussen/{uuid}", "PatchedCatalogus");
        requests.put("PATCH /eigenschappen/{uuid}", "PatchedEigenschap");
        requests.put("PATCH /resultaattypen/{uuid}", "PatchedResultaatType");
        requests.put("PATCH /roltypen/{uuid}", "PatchedRolType");
        requests.put("PATCH /statustypen/{uuid}", "PatchedStatusType");
        requests.put("PATCH /zaakobjecttypen/{uuid}", "PatchedZaakObjectType");
        requests.put("PATCH /zaaktype-informatieobjecttypen/{uuid}", "PatchedZaakTypeInformatieObjectType");
        requests.put("PUT /informatieobjecttypen/{uuid}", null);
        Map<String, String> responses = new LinkedHashMap<>();
        responses.put("POST /besluittypen 201", "BesluitTypePostResponse");
        responses.put("PUT /resultaattypen/{uuid} 200", "ResultaatTypeUpdate");
        responses.put("PUT /informatieobjecttypen/{uuid} 200", null);
        responses.put("PATCH /zaaktypen/{uuid} 200", null);
        responses.put("PATCH /besluittypen/{uuid} 200", null);
        responses.put("PATCH /informatieobjecttypen/{uuid} 200", null);
        Set<String> withoutBody = Set.of("POST /besluittypen/{uuid}/publish", "POST /informatieobjecttypen/{uuid}/publish");

        String prefix = openAPI.getPaths().getPathItems().keySet().stream().filter(p -> p.endsWith("/zaaktypen"))
                .findFirst().map(p -> p.substring(0, p.length() - "/zaaktypen".length())).orElse("");
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            String key = method + " " + path.substring(prefix.length());
            if (op.getOperationId() == null) {
                op.setOperationId(operationId(path.substring(prefix.length()), method));
            }
            if (requests.containsKey(key)) {
                body(op, requests.get(key));
            }
            responses.forEach((response, schema) -> {
                if (response.startsWith(key + " ")) {
                    String status = response.substring(key.length() + 1);
                    op.getResponses().getAPIResponse(status).getContent().getMediaType("application/json")
                            .setSchema(schema == null ? object() : OASFactory.createSchema().ref(REF + schema));
                }
            });
            if (withoutBody.contains(key)) {
                op.setRequestBody(null);
            }
            if (method == PathItem.HttpMethod.GET && path.endsWith("{uuid}")) {
                if (!key.startsWith("GET /zaaktypen/") && op.getParameters() != null) {
                    op.getParameters().stream().filter(p -> "datumGeldigheid".equals(p.getName())).toList()
                            .forEach(op::removeParameter); // only a zaaktype is read on a date
                }
                var media = op.getResponses().getAPIResponse("200").getContent().getMediaType("application/json");
                media.setSchema(OASFactory.createSchema().ref(media.getSchema().getRef() + "Expanded"));
            }
            if ((method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD) && path.endsWith("{uuid}")) {
                op.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                        .required(false).schema(string()));
            }
        }));
    }

    /**
     * {@code <resource>_<action>} as the specification names operations, for those declared once
     * for every type in {@code TypeResource}.
     */
    private static String operationId(String path, PathItem.HttpMethod method) {
        String[] segments = path.substring(1).split("/");
        String resource = switch (segments[0]) {
            case "zaaktype-informatieobjecttypen" -> "zaakinformatieobjecttype";
            case "eigenschappen" -> "eigenschap";
            case "catalogussen" -> "catalogus";
            default -> segments[0].substring(0, segments[0].length() - 1); // zaaktypen -> zaaktype
        };
        boolean detail = segments.length > 1;
        String action = switch (method) {
            case GET -> detail ? "retrieve" : "list";
            case HEAD -> "headers";
            case POST -> segments.length > 2 ? segments[2] : "create";
            case PUT -> "update";
            case PATCH -> "partial_update";
            case DELETE -> "destroy";
            default -> method.name().toLowerCase(java.util.Locale.ROOT);
        };
        return resource + "_" + action;
    }

    // ---- helpers

    private static void body(Operation op, String schema) {
        op.setRequestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType()
                        .schema(schema == null ? object() : OASFactory.createSchema().ref(REF + schema)))));
    }

    private static void patched(Components c, String name, String... drop) {
        Schema v = copy(c.getSchemas().get(name), List.of(drop));
        v.setRequired(null);
        c.addSchema("Patched" + name, v);
    }

    /** A shallow copy of {@code base} without {@code drop}; required loses the dropped names. */
    private static Schema copy(Schema base, List<String> drop) {
        Schema copy = OASFactory.createSchema().type(base.getType());
        Map<String, Schema> properties = new LinkedHashMap<>(base.getProperties());
        drop.forEach(properties::remove);
        copy.setProperties(properties);
        List<String> required = new ArrayList<>(base.getRequired() == null ? List.of() : base.getRequired());
        required.removeAll(drop);
        copy.setRequired(required);
        return copy;
    }

    private static void uri(Map<String, Schema> s, String schema, boolean nullable, String... properties) {
        for (String name : properties) {
            Schema property = s.get(schema).getProperties().get(name);
            Schema items = property.getItems() == null ? string() : property.getItems();
            items.setFormat("uri");
            if (nullable) {
                items.addType(Schema.SchemaType.NULL);
            }
            property.setItems(items);
        }
    }

    private static void readOnlyItems(Map<String, Schema> s, String schema, String property) {
        Schema p = s.get(schema).getProperties().get(property);
        p.setReadOnly(null);
        p.setItems(string().readOnly(true));
    }

    /** The property becomes a list of plain strings (names), in a copy so the resource schema keeps its own. */
    private static void plainItems(Schema variant, String... properties) {
        for (String name : properties) {
            Schema original = variant.getProperties().get(name);
            Schema plain = array(string());
            plain.setReadOnly(original.getReadOnly());
            variant.addProperty(name, plain);
        }
    }

    private static void required(Map<String, Schema> s, String schema, String... names) {
        Schema target = s.get(schema);
        List<String> required = new ArrayList<>(target.getRequired() == null ? List.of() : target.getRequired());
        for (String name : names) {
            if (!required.contains(name)) {
                required.add(name);
            }
        }
        target.setRequired(required);
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(items);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
    }
}
