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
            String p = path.getKey().startsWith(prefix) ? path.getKey().substring(prefix.length()) : path.getKey();
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
                        facts.add("request|" + where + "|" + c.getKey() + "|" + describe(c.getValue().path("schema"))));
                fields(op.path("responses")).forEach(r -> {
                    JsonNode content = resolve(r.getValue()).path("content");
                    if (content.isEmpty()) {
                        facts.add("response|" + where + "|" + r.getKey() + "|-");
                    }
                    fields(content).forEach(c -> facts.add("response|" + where + "|" + r.getKey() + "|" + c.getKey()
                            + "|" + describe(c.getValue().path("schema"))));
                });
            }
        });
        fields(doc.path("components").path("schemas")).forEach(s -> schema(s.getKey(), s.getValue(), facts));
        return facts;
    }

    private void parameters(JsonNode parameters, String where, SortedSet<String> facts) {
        for (JsonNode raw : parameters) {
            JsonNode p = resolve(raw);
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
        List<JsonNode> parts = new ArrayList<>();
        parts.add(schema);
        List<String> bases = new ArrayList<>();
        for (JsonNode member : schema.path("allOf")) {
            if (member.has("$ref")) {
                bases.add(refName(member));
            } else {
                parts.add(member);
            }
        }
        if (!bases.isEmpty()) {
            head.add("allOf=" + String.join(",", bases));
        }
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

    /** Type, format, enum, items, reference and flags of a schema, in a fixed order. */
    private String describe(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return "-";
        }
        List<String> flags = new ArrayList<>();
        JsonNode target = schema;
        JsonNode single = singleRef(schema);
        if (single != null) {
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
            if (target.has("format")) {
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
