package nl.zgw.catalogi.type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.sql.Where;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Building representations: stored fields, then derived ones, then the resource's record. */
@ApplicationScoped
public class Representations {

    private final ObjectMapper json;
    private final Links links;
    private final CatalogiStore store;

    public Representations(ObjectMapper json, Links links, CatalogiStore store) {
        this.json = json;
        this.links = links;
        this.store = store;
    }

    /** The stored fields of {@code row} with its url and catalogus. */
    public ObjectNode base(TypeRow row) {
        ObjectNode node = row.data().deepCopy();
        node.put("url", links.of(row.soort(), row.uuid()));
        node.put("catalogus", links.catalogus(row.catalogus()));
        return node;
    }

    /** What a client sent, as the JSON stored in {@code data}, without the read-only fields. */
    public ObjectNode stored(Object input, String... readOnly) {
        ObjectNode node = json.valueToTree(input);
        node.remove(List.of(readOnly));
        node.remove("url");
        node.remove("_expand");
        return node;
    }

    public ArrayNode array(Collection<String> values) {
        ArrayNode array = json.createArrayNode();
        values.forEach(array::add);
        return array;
    }


    public <T> T as(ObjectNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " does not fit its record", e);
        }
    }

    /**
     * The own types (statustypen, ...) of a page of zaaktypen, by zaaktype then soort, in creation
     * order; their {@code data} holds only {@code informatieobjecttype} and {@code volgnummer}.
     */
    public Map<UUID, Map<Soort, List<TypeRow>>> children(Collection<UUID> zaaktypen) {
        if (zaaktypen.isEmpty()) {
            return Map.of();
        }
        return store.children(Set.copyOf(zaaktypen)).stream().collect(Collectors.groupingBy(
                TypeRow::zaaktype, Collectors.groupingBy(TypeRow::soort, LinkedHashMap::new, Collectors.toList())));
    }

    /** The zaaktypen (parents) of a page of own types, by uuid. */
    public Map<UUID, TypeRow> parents(Collection<TypeRow> rows) {
        Set<UUID> ids = rows.stream().map(TypeRow::zaaktype).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.all(new Where().in("uuid", ids)).stream().collect(Collectors.toMap(TypeRow::uuid, r -> r));
    }

    /** The URLs of the versions {@code names} resolved to (names without one are left out). */
    public ArrayNode resolved(Map<Verwijzingen.Key, TypeRow> found, UUID catalogus, List<String> names) {
        return array(names.stream().map(n -> found.get(new Verwijzingen.Key(catalogus, n)))
                .filter(java.util.Objects::nonNull).map(this::url).toList());
    }

    public String url(TypeRow row) {
        return links.of(row.soort(), row.uuid());
    }
}
