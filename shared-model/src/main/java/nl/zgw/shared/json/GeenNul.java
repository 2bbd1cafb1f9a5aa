package nl.zgw.shared.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * No NUL character (U+0000) in any text of a body: PostgreSQL cannot store it in text or jsonb, so it
 * would end as a 500. A string with one is refused as it is read ({@code invalid} on its field), as
 * is any text in a body read as a JSON tree.
 */
public final class GeenNul {

    public static final char NUL = '\u0000';

    private GeenNul() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("zgw-geen-nul");
        module.addDeserializer(String.class, new Tekst());
        module.addDeserializer(JsonNode.class, new Boom<>(JsonNode.class));
        module.addDeserializer(ObjectNode.class, new Boom<>(ObjectNode.class));
        return module;
    }

    /** Strings as Jackson reads them, refused with a NUL. */
    static final class Tekst extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf(NUL) >= 0) {
                throw InvalidFormatException.from(p, "text with a NUL character", value, String.class);
            }
            return value;
        }
    }

    /** JSON trees as Jackson reads them, refused when a text or field name in them has a NUL. */
    static final class Boom<T extends JsonNode> extends StdDeserializer<T> {
        private final Class<T> type;

        Boom(Class<T> type) {
            super(type);
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            // Jackson's own reading of the tree (ctxt.readTree would come back here)
            @SuppressWarnings("unchecked")
            JsonDeserializer<? extends JsonNode> standaard = (JsonDeserializer<? extends JsonNode>)
                    JsonNodeDeserializer.getDeserializer(type);
            JsonNode node = standaard.deserialize(p, ctxt);
            if (node != null) {
                controleer(p, node);
            }
            return type.cast(node);
        }

        private static void controleer(JsonParser p, JsonNode node) throws JsonMappingException {
            if (node.isTextual() && node.textValue().indexOf(NUL) >= 0) {
                throw InvalidFormatException.from(p, "text with a NUL character", node.textValue(), String.class);
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        controleer(p, node.get(i));
                    } catch (JsonMappingException e) {
                        throw JsonMappingException.wrapWithPath(e, node, i);
                    }
                }
            } else if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (field.getKey().indexOf(NUL) >= 0) {
                        throw InvalidFormatException.from(p, "a field name with a NUL character", field.getKey(), String.class);
                    }
                    try {
                        controleer(p, field.getValue());
                    } catch (JsonMappingException e) {
                        throw JsonMappingException.wrapWithPath(e, node, field.getKey());
                    }
                }
            }
        }
    }
}
