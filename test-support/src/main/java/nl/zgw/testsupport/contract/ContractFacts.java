package nl.zgw.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The checkable facts of an OpenAPI 3.0 document, one line each and no prose: operations,
 * parameters, request and response bodies, and per named schema its properties with type,
 * format, enum, nullable, readOnly, maxLength and required flags. Enums referenced through
 * {@code $ref}/{@code allOf} are written inline so that where an enum is declared does not count,
 * only its values.
 * <p>
 * Line shapes ({@code |}-separated):
 * <pre>
 * operation|GET /zaken|zaak_list
 * parameter|GET /zaken|query:identificatie|type=string required=false
 * request|POST /zaken|application/json|ref=Zaak
 * response|GET /zaken/{uuid}|200|application/json|ref=Zaak
 * schema|Zaak|type=object
 * property|Zaak.url|type=string format=uri readOnly
 * required|Zaak.bronorganisatie
 * </pre>
 */
public final class ContractFacts {

    private static final List<String> METHODS = List.of("get", "head", "post", "put", "patch", "delete");

    private final JsonNode doc;

    private ContractFacts(JsonNode doc) {
        this.doc = doc;
    }

    /**
     * Facts of {@code doc}; {@code pathPrefix} (e.g. {@code /zaken/api/v1}) is removed from every
     * path so a served document compares with a spec whose paths are relative to its server URL.
     */
    public static SortedSet<String> extract(JsonNode doc, String pathPrefix) {
        return new ContractFacts(doc).facts(pathPrefix == null ? "" : pathPrefix);
    }

    private SortedSet<String> facts(String prefix) {
        SortedSet<String> facts = new TreeSet<>();
        fields(doc.path("paths")).forEach(path -> {
            String key = path.getKey();
            String p = !prefix.isEmpty() && key.startsWith(prefix + "/") ? key.substring(prefix.length()) : key;
            JsonNode item = path.getValue();
            for (String method : METHODS) {
                JsonNode op = item.get(method);
                if (op == null) {
                    continue;
                }
                String where = method.toUpperCase() + " " + p;
                facts.add("operation|" + where + "|" + op.path("operationId").asText(""));
                parameters(item.path("parameters"), where, facts);
                parameters(op.path("parameters"), where, facts);
                fields(resolve(op.path("requestBody")).path("content")).forEach(c ->
                        facts.add("request|" + where + "|" + c.getKey() + "|"
                                + body(where + " request", c.getValue().path("schema"), facts)));
                fields(op.path("responses")).forEach(r -> {
                    JsonNode content = resolve(r.getValue()).path("content");
                    if (content.isEmpty()) {
                        facts.add("response|" + where + "|" + r.getKey() + "|-");
                    }
                    fields(content).forEach(c -> facts.add("response|" + where + "|" + r.getKey() + "|" + c.getKey()
                            + "|" + body(where + " " + r.getKey(), c.getValue().path("schema"), facts)));
                });
            }
        });
        fields(doc.path("components").path("schemas")).forEach(s -> schema(s.getKey(), s.getValue(), facts));
        return facts;
    }

    /**
     * A body schema: a reference is described by name; an inline object (as the specs write the
     * paginated list envelopes) gets its properties listed under {@code owner}, so they are
     * compared too.
     */
    private String body(String owner, JsonNode schema, SortedSet<String> facts) {
        if (!schema.has("$ref") && (schema.has("properties") || schema.has("allOf"))) {
            schema(owner, schema, facts);
            return "inline";
        }
        return describe(schema);
    }

    private void parameters(JsonNode parameters, String where, SortedSet<String> facts) {
        for (JsonNode raw : parameters) {
            JsonNode p = resolve(raw);
            if ("header".equals(p.path("in").asText()) && "content-type".equalsIgnoreCase(p.path("name").asText())) {
                continue; // OpenAPI 3.0: a Content-Type parameter is ignored; the body's media type says it
            }
            facts.add("parameter|" + where + "|" + p.path("in").asText() + ":" + p.path("name").asText() + "|"
                    + describe(p.path("schema")) + " required=" + p.path("required").asBoolean(false));
        }
    }

    private void schema(String name, JsonNode schema, SortedSet<String> facts) {
        if (isEnum(schema)) {
            return; // written inline where used
        }
        List<String> head = new ArrayList<>();
        head.add("type=" + schema.path("type").asText("object"));
        // allOf is flattened: a served flat record equals a spec schema composed of a base + extras
        List<JsonNode> parts = new ArrayList<>();
        collectParts(schema, parts, 0);
        List<String> oneOf = new ArrayList<>();
        schema.path("oneOf").forEach(m -> oneOf.add(m.has("$ref") ? refName(m) : describe(m)));
        if (!oneOf.isEmpty()) {
            head.add("oneOf=" + String.join(",", oneOf));
        }
        facts.add("schema|" + name + "|" + String.join(" ", head));
        for (JsonNode part : parts) {
            fields(part.path("properties")).forEach(p ->
                    facts.add("property|" + name + "." + p.getKey() + "|" + describe(p.getValue())));
            part.path("required").forEach(r -> facts.add("required|" + name + "." + r.asText()));
        }
    }

    private void collectParts(JsonNode schema, List<JsonNode> parts, int depth) {
        if (depth > 10) {
            return;
        }
        parts.add(schema);
        for (JsonNode member : schema.path("allOf")) {
            collectParts(resolve(member), parts, depth + 1);
        }
    }

    /**
     * A nullable enum as the reference implementations write it, {@code oneOf: [XEnum, BlankEnum,
     * NullEnum]}, as one enum with all values; null when the members are not all enums.
     */
    private JsonNode mergedEnum(JsonNode oneOf) {
        com.fasterxml.jackson.databind.node.ObjectNode merged = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        com.fasterxml.jackson.databind.node.ArrayNode values = merged.putArray("enum");
        for (JsonNode member : oneOf) {
            JsonNode m = resolve(member);
            if (!m.has("enum")) {
                return null;
            }
            if (m.has("type") && !merged.has("type")) {
                merged.put("type", m.get("type").asText());
            }
            m.get("enum").forEach(values::add);
        }
        return merged;
    }

    /** Type, format, enum, items, reference and flags of a schema, in a fixed order. */
    private String describe(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return "-";
        }
        List<String> flags = new ArrayList<>();
        JsonNode target = schema;
        JsonNode single = singleRef(schema);
        JsonNode merged = schema.has("oneOf") ? mergedEnum(schema.get("oneOf")) : null;
        if (merged != null) {
            target = merged;
        } else if (single != null) {
            JsonNode referenced = resolve(single);
            if (isEnum(referenced)) {
                target = referenced;
            } else {
                flags.add("ref=" + refName(single));
                target = null;
            }
        }
        if (target != null) {
            if (target.has("type")) {
                flags.add("type=" + target.get("type").asText());
            }
            boolean integer = "integer".equals(target.path("type").asText());
            if (target.has("format") && !integer) { // int32/int64 are generator detail, not contract
                flags.add("format=" + target.get("format").asText());
            }
            if (target.has("enum")) {
                List<String> values = new ArrayList<>();
                target.get("enum").forEach(v -> values.add(v.isNull() ? "null" : v.asText()));
                values.sort(String::compareTo);
                flags.add("enum=[" + String.join(",", values) + "]");
            }
            if (target.has("items")) {
                flags.add("items=(" + describe(target.get("items")) + ")");
            }
        }
        if (schema.path("nullable").asBoolean(false)) {
            flags.add("nullable");
        }
        if (schema.path("readOnly").asBoolean(false)) {
            flags.add("readOnly");
        }
        if (schema.path("writeOnly").asBoolean(false)) {
            flags.add("writeOnly");
        }
        if (schema.has("maxLength")) {
            flags.add("maxLength=" + schema.get("maxLength").asText());
        }
        return flags.isEmpty() ? "any" : String.join(" ", flags);
    }

    /** The {@code $ref} node of a schema that is just a reference, directly or as a one-member allOf. */
    private static JsonNode singleRef(JsonNode schema) {
        if (schema.has("$ref")) {
            return schema;
        }
        JsonNode allOf = schema.path("allOf");
        if (allOf.size() == 1 && allOf.get(0).has("$ref")) {
            return allOf.get(0);
        }
        return null;
    }

    private static boolean isEnum(JsonNode schema) {
        return schema.has("enum") && !schema.has("properties");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current != null && current.has("$ref") && depth < 10; depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            JsonNode target = doc;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    private static String refName(JsonNode ref) {
        String r = ref.get("$ref").asText();
        return r.substring(r.lastIndexOf('/') + 1);
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return () -> {
            Iterator<Map.Entry<String, JsonNode>> it = node == null ? java.util.Collections.emptyIterator() : node.fields();
            return it;
        };
    }
}
