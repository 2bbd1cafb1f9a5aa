package nl.zgw.shared.problem;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

import java.util.List;
import java.util.StringJoiner;

/** Turns a Jackson reference path into the ZGW dotted name: {@code relevanteAndereZaken.0.url}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringJoiner joiner = new StringJoiner(".");
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                joiner.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                joiner.add(Integer.toString(ref.getIndex()));
            }
        }
        String name = joiner.toString();
        return name.isEmpty() ? FieldValidationError.NON_FIELD_ERRORS : name;
    }
}
