package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.shared.problem.ValidationException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code fields} of a {@code _zoek} (zrc-029): which fields each zaak in the answer keeps, and
 * through nested selections which related resources are expanded and which of their fields they
 * keep ({@code "*"}: all). A nested selection on a group field (processobject) selects its
 * subfields.
 */
public final class Velden {

    private final boolean alles;
    private final Set<String> velden;
    private final Map<String, Velden> genest;

    private Velden(boolean alles, Set<String> velden, Map<String, Velden> genest) {
        this.alles = alles;
        this.velden = velden;
        this.genest = genest;
    }

    /** Reads a {@code fields} list; anything but strings and objects of lists is a 400 on {@code field}. */
    public static Velden parse(String field, JsonNode list) {
        if (!list.isArray()) {
            throw ValidationException.of(field, "not_a_list", "Verwacht een lijst van velden.");
        }
        boolean alles = false;
        Set<String> velden = new LinkedHashSet<>();
        Map<String, Velden> genest = new LinkedHashMap<>();
        for (JsonNode item : list) {
            if (item.isTextual()) {
                if ("*".equals(item.asText())) {
                    alles = true;
                } else {
                    velden.add(item.asText());
                }
            } else if (item.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> entries = item.fields();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> e = entries.next();
                    genest.put(e.getKey(), parse(field + "." + e.getKey(), e.getValue()));
                }
            } else {
                throw ValidationException.of(field, "invalid", "Een veld is een naam of een object met een lijst.");
            }
        }
        return new Velden(alles, velden, genest);
    }

    /** The expand parameter these fields ask for on {@code resource} (empty when none). */
    public String expand(String resource) {
        List<String> paths = new ArrayList<>();
        collect(resource, "", paths);
        return String.join(",", paths);
    }

    /** Fields that point outside the suite: a nested selection on them would be an expansion there (zrc-025). */
    private static final Set<String> ELDERS = Set.of("communicatiekanaal",
            "productenOfDiensten", "selectielijstklasse", "betrokkene", "object");

    private void collect(String resource, String prefix, List<String> paths) {
        genest.forEach((name, sub) -> {
            if ("catalogi".equals(resource) || Expander.elders(resource) || ELDERS.contains(name)) {
                throw ValidationException.of("fields", "invalid_choice", "'" + prefix + name + "' kan niet worden "
                        + "ge-expand: alleen zaken, wat in zaken leeft, hun typen in de Catalogi API, documenten "
                        + "en besluiten (zonder geneste selectie daarbinnen).");
            }
            Expander.target(resource, name).ifPresent(target -> {
                paths.add(prefix + name);
                sub.collect(target, prefix + name + ".", paths);
            });
        });
    }

    /** Keeps the selected fields of a representation of {@code resource} (expanded with {@link #expand}). */
    public void prune(String resource, ObjectNode node) {
        JsonNode expanded = node.remove("_expand");
        if (!alles) {
            List<String> drop = new ArrayList<>();
            node.fieldNames().forEachRemaining(name -> {
                if (!velden.contains(name) && !genest.containsKey(name)) {
                    drop.add(name);
                }
            });
            node.remove(drop);
        }
        ObjectNode keptExpansions = node.objectNode();
        genest.forEach((name, sub) -> {
            String target = Expander.target(resource, name).orElse(null);
            if (target == null) {
                if (node.get(name) instanceof ObjectNode group) { // a group field: its subfields
                    sub.prune(resource + "." + name, group);
                }
                return;
            }
            JsonNode value = expanded == null ? null : expanded.get(name);
            if (value instanceof ObjectNode one) {
                sub.prune(target, one);
            } else if (value != null && value.isArray()) {
                value.forEach(v -> {
                    if (v instanceof ObjectNode o) {
                        sub.prune(target, o);
                    }
                });
            }
            if (value != null) {
                keptExpansions.set(name, value);
            }
        });
        if (!keptExpansions.isEmpty()) {
            node.set("_expand", keptExpansions);
        }
    }
}
