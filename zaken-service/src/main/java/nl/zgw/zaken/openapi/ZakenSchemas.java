package nl.zgw.zaken.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the Zaken API 1.7.0 document that the generated schemas do not give by themselves:
 * <ul>
 * <li>the polymorphic rollen and zaakobjecten: {@code <betrokkeneType>_Rol} and
 * {@code <objectType>_ZaakObject} (and their Expanded and Patched forms) with the identificatie
 * shape of their type, built from the same facts ({@code shapes/identificatie-shapes.json}) the API
 * validates those identificaties with;</li>
 * <li>{@code _expand}: the {@code <X>Expanded} forms a detail and a list answer with, and the
 * {@code <X>Embedded} objects they carry;</li>
 * <li>{@code Patched<X>} request bodies (nothing required), the zaaknotitie and status bodies, the
 * {@code _zoek} body (the list filters of the zaken list plus its own), and the GeoJSON geometries
 * zaakgeometrie takes (checked by {@code Geometrie}).</li>
 * </ul>
 */
final class ZakenSchemas {

    private static final String REF = "#/components/schemas/";
    private static final List<String> EXPANDABLE = List.of("Zaak", "Status", "Rol", "Resultaat", "ZaakObject",
            "ZaakEigenschap", "ZaakInformatieObject", "ZaakBesluit");
    private static final List<String> GEOMETRIES = List.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon", "GeometryCollection");

    private ZakenSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        Components c = openAPI.getComponents();
        Map<String, Schema> s = c.getSchemas();
        JsonNode facts = facts();
        properties(s);
        geometries(c);
        identificaties(c, facts);
        for (String name : EXPANDABLE) {
            c.addSchema(name + "Expanded", allOf(ref(name), object(Map.of("_expand", ref(name + "Embedded")))));
        }
        embedded(c);
        for (String name : List.of("Zaak", "Resultaat", "ZaakEigenschap", "ZaakObject", "ZaakInformatieObject")) {
            c.addSchema("Patched" + name, withoutRequired(s.get(name)));
        }
        Schema notitie = copy(s.get("ZaakNotitie"), List.of("url", "aanmaakdatum", "wijzigingsdatum"));
        c.addSchema("ZaakNotitieRequest", notitie);
        c.addSchema("PatchedZaakNotitieRequest", withoutRequired(notitie));
        Schema statusBody = copy(s.get("Status"), List.of("zaakinformatieobjecten"));
        statusBody.addRequired("zaakinformatieobjecten"); // as the specification lists it
        c.addSchema("StatusRequestbody", statusBody);
        c.addSchema("GenesteExpansie", object(Map.of()).additionalPropertiesBoolean(Boolean.TRUE));
        c.addSchema("EmptyObject", object(Map.of())); // a single expansion without a (readable) reference
        variants(c, facts);
        zoek(openAPI, c);
        operations(openAPI);
    }

    /** Fields the record types cannot say exactly as the specification does. */
    private static void properties(Map<String, Schema> s) {
        s.get("Rol").removeProperty("betrokkeneIdentificatie");
        s.get("ZaakObject").removeProperty("objectIdentificatie");
        for (String name : EXPANDABLE) {
            s.get(name).removeProperty("_expand");
        }
        s.get("Zaak").addProperty("zaakgeometrie", nullable(allOf(ref("GeoJSONGeometry"))));
        Schema nominatie = s.get("Zaak").getProperties().get("archiefnominatie");
        List<Object> values = new ArrayList<>(nominatie.getEnumeration());
        values.add(null);
        nominatie.setEnumeration(values);
        uriItems(s.get("Zaak"), null, "deelzaken", "eigenschappen", "rollen", "zaakinformatieobjecten", "zaakobjecten");
        uriItems(s.get("Zaak"), 1000, "productenOfDiensten");
        uriItems(s.get("Rol"), 1000, "statussen");
        uriItems(s.get("Status"), 1000, "zaakinformatieobjecten");
        // what every answer holds (read-only fields too), as the specification lists it
        required(s.get("Zaak"), "url", "uuid", "betalingsindicatieWeergave", "deelzaken", "eigenschappen", "einddatum",
                "resultaat", "rollen", "status", "zaakinformatieobjecten", "zaakobjecten");
        for (String name : List.of("KlantContact", "ZaakContactMoment", "ZaakVerzoek", "Resultaat", "ZaakObject")) {
            required(s.get(name), "url", "uuid");
        }
        required(s.get("Rol"), "url", "uuid", "omschrijving", "omschrijvingGeneriek", "registratiedatum", "statussen");
        required(s.get("Status"), "url", "uuid", "indicatieLaatstGezetteStatus", "zaakinformatieobjecten");
        required(s.get("ZaakEigenschap"), "url", "uuid", "naam");
        required(s.get("ZaakInformatieObject"), "url", "uuid", "aardRelatieWeergave", "registratiedatum");
        required(s.get("ZaakBesluit"), "url", "uuid");
        required(s.get("ZaakNotitie"), "url", "aanmaakdatum", "wijzigingsdatum");
        required(s.get("ReserveZaakIdentificatie"), "zaaknummer");
    }

    /** RFC 7946 geometries, as zaakgeometrie takes them. */
    private static void geometries(Components c) {
        Schema type = string();
        type.setEnumeration(new ArrayList<>(List.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
                "MultiPolygon", "Feature", "FeatureCollection", "GeometryCollection")));
        c.addSchema("Geometry", object(Map.of("type", type)).addRequired("type"));
        c.addSchema("Point2D", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(number())
                .minItems(2).maxItems(2));
        Map<String, Schema> coordinates = Map.of("Point", ref("Point2D"), "MultiPoint", array(ref("Point2D")),
                "LineString", array(ref("Point2D")), "MultiLineString", array(array(ref("Point2D"))),
                "Polygon", array(array(ref("Point2D"))), "MultiPolygon", array(array(array(ref("Point2D")))));
        coordinates.forEach((name, coords) -> c.addSchema(name, allOf(ref("Geometry"),
                object(Map.of("coordinates", coords)).addRequired("coordinates"))));
        c.addSchema("GeometryCollection", allOf(ref("Geometry"),
                object(Map.of("geometries", array(ref("Geometry")))).addRequired("geometries")));
        Schema geojson = object(Map.of());
        GEOMETRIES.forEach(g -> geojson.addOneOf(ref(g)));
        c.addSchema("GeoJSONGeometry", geojson);
        c.addSchema("GeoWithin", object(Map.of("within", ref("GeoJSONGeometry"))));
    }

    /** Every named identificatie shape, and the one-property objects the variants are made of. */
    private static void identificaties(Components c, JsonNode facts) {
        for (String kind : List.of("rol", "zaakobject")) {
            facts.path(kind).fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    String name = shape(c, e.getValue());
                    c.addSchema("object_identificatie_" + name, object(Map.of("objectIdentificatie", ref(name))));
                    if ("rol".equals(kind)) {
                        c.addSchema("betrokkene_identificatie_" + name,
                                object(Map.of("betrokkeneIdentificatie", ref(name))));
                    }
                }
            });
        }
    }

    private static String shape(Components c, JsonNode shape) {
        String name = shape.path("name").asText();
        if (c.getSchemas().containsKey(name)) {
            return name;
        }
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        c.addSchema(name, schema);
        shape.path("fields").fields().forEachRemaining(f -> schema.addProperty(f.getKey(), field(c, f.getValue())));
        shape.path("required").forEach(r -> schema.addRequired(r.asText()));
        return name;
    }

    private static Schema field(Components c, JsonNode field) {
        Schema schema;
        if (field.has("shape")) {
            schema = allOf(ref(shape(c, field.get("shape"))));
        } else {
            schema = OASFactory.createSchema().addType(Schema.SchemaType.valueOf(
                    field.path("type").asText().toUpperCase(java.util.Locale.ROOT)));
            if (field.has("format")) {
                schema.setFormat(field.get("format").asText());
            }
            if (field.has("maxLength")) {
                schema.setMaxLength(field.get("maxLength").asInt());
            }
            if (field.has("enum")) {
                List<Object> values = new ArrayList<>();
                field.get("enum").forEach(v -> values.add(v.isNull() ? null : v.asText()));
                schema.setEnumeration(values);
            }
            if (field.has("items")) {
                schema.setItems(field(c, field.get("items")));
            }
        }
        if (field.path("nullable").asBoolean(false)) {
            nullable(schema);
        }
        return schema;
    }

    /** {@code <type>_Rol}, {@code <type>_ZaakObject} with their Expanded and Patched forms. */
    private static void variants(Components c, JsonNode facts) {
        facts.path("rol").fields().forEachRemaining(e -> {
            String part = "betrokkene_identificatie_" + e.getValue().path("name").asText();
            c.addSchema(e.getKey() + "_Rol", allOf(ref("Rol"), ref(part)));
            c.addSchema(e.getKey() + "_RolExpanded", allOf(ref("RolExpanded"), ref(part)));
        });
        facts.path("zaakobject").fields().forEachRemaining(e -> {
            List<Schema> extra = e.getValue().isNull() ? List.of()
                    : List.of(ref("object_identificatie_" + e.getValue().path("name").asText()));
            c.addSchema(e.getKey() + "_ZaakObject", allOf(ref("ZaakObject"), extra.toArray(new Schema[0])));
            c.addSchema(e.getKey() + "_ZaakObjectExpanded", allOf(ref("ZaakObjectExpanded"), extra.toArray(new Schema[0])));
            c.addSchema(e.getKey() + "_PatchedZaakObject", allOf(ref("PatchedZaakObject"), extra.toArray(new Schema[0])));
        });
    }

    /** What {@code _expand} holds per resource: our own resources expanded, other APIs' objects as objects. */
    private static void embedded(Components c) {
        Map<String, Schema> zaak = new LinkedHashMap<>();
        zaak.put("zaaktype", any());
        zaak.put("hoofdzaak", any());
        zaak.put("deelzaken", array(ref("ZaakExpanded")));
        zaak.put("relevanteAndereZaken", array(ref("ZaakExpanded")));
        zaak.put("eigenschappen", array(ref("ZaakEigenschapExpanded")));
        zaak.put("rollen", array(ref("RolExpanded")));
        zaak.put("status", any());
        zaak.put("zaakinformatieobjecten", array(ref("ZaakInformatieObjectExpanded")));
        zaak.put("zaakobjecten", array(ref("ZaakObjectExpanded")));
        zaak.put("resultaat", any());
        c.addSchema("ZaakEmbedded", object(zaak));
        c.addSchema("StatusEmbedded", object(Map.of("zaak", ref("Zaak"), "statustype", any(),
                "gezetdoor", ref("RolExpanded"), "zaakinformatieobjecten", array(ref("ZaakInformatieObjectExpanded")))));
        c.addSchema("RolEmbedded", object(Map.of("zaak", ref("ZaakExpanded"), "roltype", any(),
                "statussen", array(ref("StatusExpanded")))));
        c.addSchema("ResultaatEmbedded", object(Map.of("zaak", ref("ZaakExpanded"), "resultaattype", any())));
        c.addSchema("ZaakObjectEmbedded", object(Map.of("zaak", ref("ZaakExpanded"), "zaakobjecttype", any())));
        c.addSchema("ZaakInformatieObjectEmbedded", object(Map.of("zaak", ref("ZaakExpanded"),
                "status", ref("StatusExpanded"), "informatieobject", any()))); // the Documenten API's document
        c.addSchema("ZaakEigenschapEmbedded", object(Map.of("zaak", any(), "eigenschap", any())));
        c.addSchema("ZaakBesluitEmbedded", object(Map.of("besluit", any()))); // the Besluiten API's besluit
    }

    /** The {@code _zoek} body: the query parameters of the zaken list, and what only a search takes. */
    private static void zoek(OpenAPI openAPI, Components c) {
        Schema zoek = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        Operation list = openAPI.getPaths().getPathItems().entrySet().stream()
                .filter(e -> e.getKey().endsWith("/api/v1/zaken")).findFirst().orElseThrow().getValue().getGET();
        for (Parameter p : list.getParameters()) {
            if (p.getIn() == Parameter.In.QUERY && !List.of("page", "expand").contains(p.getName())) {
                Schema copy = OASFactory.createSchema();
                copy.setType(p.getSchema().getType());
                copy.setFormat(p.getSchema().getFormat());
                copy.setEnumeration(p.getSchema().getEnumeration());
                copy.setItems(p.getSchema().getItems());
                zoek.addProperty(p.getName(), copy);
            }
        }
        Schema ordering = string(); // one ordering in a search
        ordering.setEnumeration(new ArrayList<>(ZaakOrdering.VALUES));
        zoek.addProperty("ordering", ordering);
        for (String plain : List.of("zaaktype", "rol__betrokkene")) {
            zoek.getProperties().get(plain).setFormat(null);
        }
        zoek.addProperty("bronorganisatie__in", array(string().format("string")));
        zoek.addProperty("zaakgeometrie", ref("GeoWithin"));
        zoek.addProperty("uuid__in", array(string().format("uuid")));
        zoek.addProperty("zaaktype__in", array(string().format("uri")));
        zoek.addProperty("fields", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY));
        zoek.addProperty("expand", string());
        Schema max = string();
        max.setEnumeration(new ArrayList<>(List.of("openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk",
                "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim")));
        zoek.addProperty("maximaleVertrouwelijkheidaanduiding", max);
        c.addSchema("ZaakZoek", zoek);
    }

    /** Bodies and answers as the specification names them. */
    private static void operations(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((fullPath, item) -> item.getOperations().forEach((method, op) -> {
            String path = fullPath.substring(fullPath.indexOf("/api/v1") + "/api/v1".length());
            String resource = resourceOf(path);
            if (resource == null) {
                return;
            }
            boolean detail = path.endsWith("{uuid}");
            if (method == PathItem.HttpMethod.PATCH) {
                body(op, "zaaknotities".equals(collection(path)) ? "PatchedZaakNotitieRequest" : "Patched" + resource);
            }
            if ("ZaakNotitie".equals(resource) && (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT)) {
                body(op, "ZaakNotitieRequest");
            }
            if (path.equals("/zaken/_zoek")) {
                body(op, "ZaakZoek");
            }
            if (path.equals("/statussen") && method == PathItem.HttpMethod.POST) {
                answer(op, "201", ref("StatusRequestbody"));
            }
            if (EXPANDABLE.contains(resource) && method == PathItem.HttpMethod.GET) {
                if (detail) {
                    answer(op, "200", ref(resource + "Expanded"));
                } else if (path.endsWith("zaakeigenschappen") || path.endsWith("/besluiten")
                        || path.equals("/zaakinformatieobjecten")) {
                    answer(op, "200", array(ref(resource + "Expanded")));
                }
            }
        }));
        Map<String, Schema> s = openAPI.getComponents().getSchemas();
        for (String name : List.of("Zaak", "Status", "Rol", "Resultaat", "ZaakObject", "KlantContact")) {
            Schema envelope = s.get("Paginated" + name + "List");
            if (envelope != null) {
                if (!"KlantContact".equals(name)) {
                    envelope.addProperty("results", array(ref(name + "Expanded")));
                }
                envelope.setRequired(null); // the specification lists no required fields for these envelopes
            }
        }
    }

    private static String collection(String path) {
        String[] segments = path.substring(1).split("/");
        return segments.length > 2 ? segments[2] : segments[0];
    }

    private static String resourceOf(String path) {
        return switch (collection(path)) {
            case "zaken", "_zoek" -> "Zaak";
            case "statussen" -> "Status";
            case "rollen" -> "Rol";
            case "resultaten" -> "Resultaat";
            case "zaakobjecten" -> "ZaakObject";
            case "zaakeigenschappen" -> "ZaakEigenschap";
            case "zaakinformatieobjecten" -> "ZaakInformatieObject";
            case "zaaknotities" -> "ZaakNotitie";
            case "besluiten" -> "ZaakBesluit";
            default -> null;
        };
    }

    private static void body(Operation op, String schema) {
        op.setRequestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(ref(schema)))));
    }

    private static void answer(Operation op, String status, Schema schema) {
        var response = op.getResponses().getAPIResponse(status);
        if (response == null) {
            return;
        }
        Content content = OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(schema));
        response.setContent(content);
    }

    private static JsonNode facts() {
        try (InputStream in = ZakenSchemas.class.getClassLoader().getResourceAsStream("shapes/identificatie-shapes.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists of URLs (of our own resources, or of products) as the specification types their items. */
    private static void uriItems(Schema schema, Integer maxLength, String... properties) {
        for (String name : properties) {
            Schema items = string().format("uri");
            items.setMaxLength(maxLength);
            schema.getProperties().get(name).setItems(items);
        }
    }

    private static void required(Schema schema, String... names) {
        for (String name : names) {
            if (schema.getRequired() == null || !schema.getRequired().contains(name)) {
                schema.addRequired(name);
            }
        }
    }

    /** Written as {@code nullable: true} (OpenAPI 3.0.3); a reference also gets its object type. */
    private static Schema nullable(Schema schema) {
        if (schema.getType() == null || schema.getType().isEmpty()) {
            schema.addType(Schema.SchemaType.OBJECT);
        }
        return schema.addType(Schema.SchemaType.NULL);
    }

    private static Schema withoutRequired(Schema base) {
        Schema copy = copy(base, List.of());
        copy.setRequired(null);
        return copy;
    }

    private static Schema copy(Schema base, List<String> drop) {
        Schema copy = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        Map<String, Schema> properties = new LinkedHashMap<>(base.getProperties());
        drop.forEach(properties::remove);
        copy.setProperties(properties);
        List<String> required = new ArrayList<>(base.getRequired() == null ? List.of() : base.getRequired());
        required.removeAll(drop);
        copy.setRequired(required.isEmpty() ? null : required);
        return copy;
    }

    private static Schema allOf(Schema... parts) {
        Schema schema = OASFactory.createSchema();
        for (Schema part : parts) {
            schema.addAllOf(part);
        }
        return schema;
    }

    private static Schema allOf(Schema first, Schema[] rest) {
        Schema schema = allOf(first);
        for (Schema part : rest) {
            schema.addAllOf(part);
        }
        return schema;
    }

    private static Schema object(Map<String, Schema> properties) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        properties.forEach(schema::addProperty);
        return schema;
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(REF + name);
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(items);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema number() {
        return OASFactory.createSchema().addType(Schema.SchemaType.NUMBER);
    }

    private static Schema any() {
        return OASFactory.createSchema();
    }
}
