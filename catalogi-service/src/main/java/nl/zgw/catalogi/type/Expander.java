package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.Verwijzingen.Key;
import nl.zgw.shared.expand.ExpandPaths;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code expand} parameter: related Catalogi resources included under {@code _expand}, with
 * dot notation ({@code expand=statustypen,besluittypen.informatieobjecttypen}) up to
 * {@link ExpandPaths#MAX_DEPTH} levels.
 * Each level is loaded for the whole page at once (one query per kind of related resource); a
 * reference that resolves to nothing is left out of a list and {@code {}} for a single field.
 */
@ApplicationScoped
public class Expander {

    /** Per resource: the fields that expand, and whether each holds one reference (true) or a list. */
    private static final Map<String, Map<String, Boolean>> FIELDS = Map.of(
            "catalogus", fields("zaaktypen", "besluittypen", "informatieobjecttypen"),
            "zaaktype", fields("catalogus!", "statustypen", "resultaattypen", "eigenschappen",
                    "informatieobjecttypen", "roltypen", "besluittypen", "deelzaaktypen", "gerelateerdeZaaktypen",
                    "zaakobjecttypen"),
            "besluittype", fields("catalogus!", "zaaktypen", "informatieobjecttypen", "resultaattypen"),
            "informatieobjecttype", fields("catalogus!", "zaaktypen", "besluittypen"),
            "eigenschap", fields("catalogus!", "zaaktype!", "statustype!"),
            "resultaattype", fields("catalogus!", "zaaktype!", "besluittypen", "informatieobjecttypen"),
            "roltype", fields("catalogus!", "zaaktype!"),
            "statustype", fields("catalogus!", "zaaktype!", "eigenschappen"),
            "zaakobjecttype", fields("catalogus!", "zaaktype!", "resultaattypen", "statustypen"),
            "zaaktype-informatieobjecttype", fields("catalogus!", "zaaktype!", "informatieobjecttype!", "statustype!"));

    /** Per resource, the fields that expand: true for a single reference, false for a list. */
    public static Map<String, Map<String, Boolean>> expandableFields() {
        return FIELDS;
    }

    /** A parsed expand parameter: field to the expansions below it. */
    public record Tree(Map<String, Tree> children) {
        public boolean isEmpty() {
            return children.isEmpty();
        }
    }

    private final ObjectMapper json;
    private final CatalogiStore store;
    private final Links links;
    private final Verwijzingen verwijzingen;
    private final Instance<TypeKind<?>> kinds;
    private final Instance<CatalogusPresenter> catalogi;

    public Expander(ObjectMapper json, CatalogiStore store, Links links, Verwijzingen verwijzingen,
                    Instance<TypeKind<?>> kinds, Instance<CatalogusPresenter> catalogi) {
        this.json = json;
        this.store = store;
        this.links = links;
        this.verwijzingen = verwijzingen;
        this.kinds = kinds;
        this.catalogi = catalogi;
    }

    /** The expansions asked for on a {@code resource}; an unknown field is a 400 on {@code expand}. */
    public Tree parse(String resource, String expand) {
        Map<String, Tree> root = new LinkedHashMap<>();
        for (List<String> fields : ExpandPaths.parse(expand)) {
            String path = String.join(".", fields);
            String current = resource;
            Map<String, Tree> level = root;
            for (String field : fields) {
                Map<String, Boolean> allowed = FIELDS.get(current);
                if (allowed == null || !allowed.containsKey(field)) {
                    throw ValidationException.of("expand", "invalid_choice", "'" + path
                            + "' kan niet worden uitgebreid; mogelijk op " + current + ": " + String.join(", ",
                            allowed == null ? Set.of() : allowed.keySet()) + ".");
                }
                level = level.computeIfAbsent(field, f -> new Tree(new LinkedHashMap<>())).children();
                current = targetResource(field);
            }
        }
        return new Tree(root);
    }

    /**
     * {@code results} with {@code _expand} filled as {@code tree} asks, references at every level
     * resolved on {@code datum}; unchanged when it asks nothing.
     */
    public <T> List<T> apply(String resource, List<T> results, Tree tree, Class<T> type, LocalDate datum) {
        if (tree.isEmpty() || results.isEmpty()) {
            return results;
        }
        List<ObjectNode> nodes = results.stream().map(r -> (ObjectNode) json.valueToTree(r)).toList();
        expand(resource, nodes, tree, datum);
        List<T> out = new ArrayList<>();
        for (ObjectNode node : nodes) {
            try {
                out.add(json.treeToValue(node, type));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private void expand(String resource, List<ObjectNode> nodes, Tree tree, LocalDate datum) {
        for (Map.Entry<String, Tree> entry : tree.children().entrySet()) {
            String field = entry.getKey();
            boolean single = FIELDS.get(resource).get(field);
            Map<Key, TypeRow> named = named(resource, field, nodes, datum);
            Map<ObjectNode, List<String>> references = new LinkedHashMap<>();
            for (ObjectNode node : nodes) {
                references.put(node, references(resource, field, node, named));
            }
            Map<String, ObjectNode> targets = load(references.values().stream().flatMap(List::stream)
                    .distinct().toList(), datum);
            if (!entry.getValue().isEmpty()) {
                expand(targetResource(field), List.copyOf(new java.util.LinkedHashSet<>(targets.values())),
                        entry.getValue(), datum);
            }
            for (Map.Entry<ObjectNode, List<String>> ref : references.entrySet()) {
                ObjectNode embedded = ref.getKey().has("_expand") ? (ObjectNode) ref.getKey().get("_expand")
                        : ref.getKey().putObject("_expand");
                if (single) {
                    ObjectNode target = ref.getValue().isEmpty() ? null : targets.get(ref.getValue().get(0));
                    embedded.set(field, target == null ? json.createObjectNode() : target);
                } else {
                    ArrayNode list = embedded.putArray(field);
                    ref.getValue().stream().map(targets::get).filter(java.util.Objects::nonNull).forEach(list::add);
                }
            }
        }
    }

    /**
     * The informatieobjecttype a zaaktype-informatieobjecttype names (by omschrijving): the published
     * versions valid on {@code datum}, for the whole level in one query.
     */
    private Map<Key, TypeRow> named(String resource, String field, List<ObjectNode> nodes, LocalDate datum) {
        if (!"zaaktype-informatieobjecttype".equals(resource) || !"informatieobjecttype".equals(field)) {
            return Map.of();
        }
        Set<Key> keys = new HashSet<>();
        for (ObjectNode node : nodes) {
            links.target(node.path("catalogus").asText())
                    .ifPresent(c -> keys.add(new Key(c.uuid(), node.path(field).asText())));
        }
        return verwijzingen.resolve(Soort.INFORMATIEOBJECTTYPE, keys, datum);
    }

    /** The URLs a field of one representation refers to. */
    private List<String> references(String resource, String field, ObjectNode node, Map<Key, TypeRow> named) {
        JsonNode value = node.get(field);
        List<String> urls = new ArrayList<>();
        if (value == null || value.isNull()) {
            return urls;
        }
        if ("zaaktype-informatieobjecttype".equals(resource) && "informatieobjecttype".equals(field)) {
            links.target(node.path("catalogus").asText())
                    .map(c -> named.get(new Key(c.uuid(), value.asText())))
                    .ifPresent(row -> urls.add(links.of(row.soort(), row.uuid())));
            return urls;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                JsonNode url = item.isObject() ? item.get("zaaktype") : item;
                if (url != null && !url.isNull()) {
                    urls.add(url.asText());
                }
            }
        } else {
            urls.add(value.asText());
        }
        return urls;
    }

    /** The representations (as JSON) of our own resources at {@code urls}, by URL, a query per kind. */
    private Map<String, ObjectNode> load(List<String> urls, LocalDate datum) {
        Map<String, ObjectNode> found = new HashMap<>();
        Set<UUID> typeIds = new HashSet<>();
        Set<UUID> catalogusIds = new HashSet<>();
        for (String url : urls) {
            links.target(url).ifPresent(t -> {
                if (Links.CATALOGUSSEN.equals(t.collection())) {
                    catalogusIds.add(t.uuid());
                } else {
                    typeIds.add(t.uuid());
                }
            });
        }
        if (!catalogusIds.isEmpty()) {
            catalogi.get().present(catalogusIds).forEach(c -> put(found, c));
        }
        if (!typeIds.isEmpty()) {
            Map<Soort, List<TypeRow>> bySoort = new HashMap<>();
            store.all(new Where().in("uuid", typeIds)).forEach(r -> bySoort.computeIfAbsent(r.soort(),
                    s -> new ArrayList<>()).add(r));
            Map<Soort, TypeKind<?>> bySoortKind = new HashMap<>();
            kinds.forEach(k -> bySoortKind.put(k.soort(), k));
            bySoort.forEach((soort, rows) -> bySoortKind.get(soort).present(rows, datum)
                    .forEach(r -> put(found, r)));
        }
        return found;
    }

    private void put(Map<String, ObjectNode> found, Object representation) {
        ObjectNode node = json.valueToTree(representation);
        found.put(node.path("url").asText(), node);
    }

    /** The resource a field refers to. */
    public static String targetResource(String field) {
        return switch (field) {
            case "catalogus" -> "catalogus";
            case "zaaktype", "zaaktypen", "deelzaaktypen", "gerelateerdeZaaktypen" -> "zaaktype";
            case "statustype", "statustypen" -> "statustype";
            case "resultaattypen" -> "resultaattype";
            case "eigenschappen" -> "eigenschap";
            case "informatieobjecttype", "informatieobjecttypen" -> "informatieobjecttype";
            case "roltypen" -> "roltype";
            case "besluittypen" -> "besluittype";
            case "zaakobjecttypen" -> "zaakobjecttype";
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** {@code name!} is a single reference, {@code name} a list. */
    private static Map<String, Boolean> fields(String... names) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (String name : names) {
            map.put(name.replace("!", ""), name.endsWith("!"));
        }
        return map;
    }

    /** Presents catalogussen for expansion (the catalogus service implements it). */
    public interface CatalogusPresenter {
        List<?> present(Set<UUID> uuids);
    }
}
