package nl.zgw.catalogi.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One stored type: the columns that are queried, related and checked, and {@code data}, the
 * resource's own fields as last written.
 */
public record TypeRow(UUID uuid, Soort soort, UUID catalogus, UUID zaaktype, String sleutel, boolean concept,
                      LocalDate beginGeldigheid, LocalDate eindeGeldigheid, ObjectNode data) {

    /** True when the geldigheid of this row covers {@code date}. */
    public boolean geldigOp(LocalDate date) {
        return (beginGeldigheid == null || !beginGeldigheid.isAfter(date))
                && (eindeGeldigheid == null || !eindeGeldigheid.isBefore(date));
    }

    /** The strings of a list field of {@code data} (names of other types, URLs), empty when absent. */
    public java.util.List<String> texts(String field) {
        java.util.List<String> out = new java.util.ArrayList<>();
        data.path(field).forEach(n -> out.add(n.asText()));
        return out;
    }

    public String text(String field) {
        var node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
