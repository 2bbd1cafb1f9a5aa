package nl.zgw.shared.expand;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** Resources with {@code _expand} filled in as JSON trees, back to the type an operation answers with. */
public final class Knopen {

    private Knopen() {
    }

    public static <T> List<T> alsType(ObjectMapper json, List<? extends JsonNode> nodes, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (JsonNode node : nodes) {
            try {
                out.add(json.treeToValue(node, type));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
