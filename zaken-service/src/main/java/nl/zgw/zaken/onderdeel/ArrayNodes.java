package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Writes a list of strings into a JSON object. */
final class ArrayNodes {

    private ArrayNodes() {
    }

    static void set(ObjectNode node, String field, List<String> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(array::add);
    }
}
