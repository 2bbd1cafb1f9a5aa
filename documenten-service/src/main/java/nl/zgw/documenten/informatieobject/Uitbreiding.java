package nl.zgw.documenten.informatieobject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.documenten.bestandsdeel.BestandsdeelRow;
import nl.zgw.documenten.bestandsdeel.BestandsdeelStore;
import nl.zgw.shared.expand.CatalogiTypen;
import nl.zgw.shared.expand.Knopen;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code expand} as drc-011 ... drc-014 define it. A document expands its
 * {@code informatieobjecttype} (read from the Catalogi API; {@code {}} for a client that could
 * not read it directly, ADR 0017); gebruiksrechten, verzendingen and objectinformatieobjecten expand their
 * {@code informatieobject} (only if the client may read it; otherwise {@code {}}) and
 * {@code informatieobject.informatieobjecttype}. Anything else is 404 (drc-013); nothing outside
 * the Documenten API and its Catalogi types is expanded (drc-011). Each referenced object is read
 * once per page.
 */
@ApplicationScoped
public class Uitbreiding {

    private final InformatieObjectStore store;
    private final BestandsdeelStore delen;
    private final InformatieObjectMapper mapper;
    private final CurrentCaller caller;
    private final ResourceUrls urls;
    private final ObjectMapper json;
    private final CatalogiTypen catalogi;

    public Uitbreiding(InformatieObjectStore store, BestandsdeelStore delen, InformatieObjectMapper mapper,
                       CurrentCaller caller, ResourceUrls urls, ObjectMapper json,
                       CatalogiTypen catalogi) {
        this.catalogi = catalogi;
        this.store = store;
        this.delen = delen;
        this.mapper = mapper;
        this.caller = caller;
        this.urls = urls;
        this.json = json;
    }

    /** Documents with what {@code expand} asks ({@code informatieobjecttype}). */
    public List<EnkelvoudigInformatieObject> documenten(List<EnkelvoudigInformatieObject> documenten, String expand) {
        Set<String> paden = paden(expand, Set.of("informatieobjecttype"));
        if (paden.isEmpty()) {
            return documenten;
        }
        List<ObjectNode> nodes = documenten.stream().map(d -> (ObjectNode) json.valueToTree(d)).toList();
        typen(nodes, documenten.size() == 1);
        return Knopen.alsType(json, nodes, EnkelvoudigInformatieObject.class);
    }

    /** Resources of a document with what {@code expand} asks ({@code informatieobject[.informatieobjecttype]}). */
    public <T> List<T> vanDocument(List<T> items, String expand, Class<T> type) {
        Set<String> paden = paden(expand, Set.of("informatieobject", "informatieobject.informatieobjecttype"));
        if (paden.isEmpty() || items.isEmpty()) {
            return items;
        }
        List<ObjectNode> nodes = items.stream().map(i -> (ObjectNode) json.valueToTree(i)).toList();
        Map<String, UUID> uuids = new LinkedHashMap<>();
        for (ObjectNode node : nodes) {
            String url = node.path("informatieobject").asText();
            urls.ownUuid(ResourceUrl.of(url), InformatieObjectMapper.COLLECTION).ifPresent(u -> uuids.put(url, u));
        }
        Map<String, ObjectNode> leesbaar = leesbaar(new ArrayList<>(uuids.values()));
        if (paden.contains("informatieobject.informatieobjecttype")) {
            typen(new ArrayList<>(leesbaar.values()), false);
        }
        for (ObjectNode node : nodes) {
            ObjectNode gevonden = leesbaar.get(node.path("informatieobject").asText());
            node.putObject("_expand").set("informatieobject", gevonden == null ? json.createObjectNode() : gevonden);
        }
        return Knopen.alsType(json, nodes, type);
    }

    /** The documents of these uuids the client may read, latest versions, by URL: one query, one for parts. */
    private Map<String, ObjectNode> leesbaar(List<UUID> uuids) {
        if (uuids.isEmpty()) {
            return Map.of();
        }
        AllowedTypes.SqlCondition allowed = caller.allowedTypes(InformatieObjectService.LEZEN)
                .sql("io.informatieobjecttype", "io.vertrouwelijkheid_rank");
        nl.zgw.shared.sql.Where where = new nl.zgw.shared.sql.Where().in("io.uuid", uuids)
                .and(allowed.sql(), allowed.parameters().toArray());
        List<InformatieObjectStore.Document> documenten = store.page(where, 0, uuids.size());
        Map<UUID, List<BestandsdeelRow>> parts = delen.vanAlle(documenten.stream().map(d -> d.row().uuid()).toList())
                .stream().collect(Collectors.groupingBy(BestandsdeelRow::informatieobject));
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        for (InformatieObjectStore.Document d : documenten) {
            if (caller.autorisaties().alleenIsGereedVoorPublicatie()
                    && !d.versie().data().path("isGereedVoorPublicatie").asBoolean(false)) {
                continue;
            }
            EnkelvoudigInformatieObject document = mapper.present(d.row(), d.versie(),
                    mapper.delen(d.row(), parts.getOrDefault(d.row().uuid(), List.of())));
            out.put(document.url(), json.valueToTree(document));
        }
        return out;
    }

    /**
     * Each node's informatieobjecttype as its {@code _expand}, every type read once (cached as the
     * Catalogi API allows). A type that is gone is a 404 for one object (drc-014), {@code {}} in a list.
     */
    private void typen(List<ObjectNode> nodes, boolean enkel) {
        if (nodes.isEmpty()) {
            return;
        }
        // a client that could not read the type directly sees {} (ADR 0017), as in the Zaken and Besluiten APIs
        boolean leesbaar = catalogi.leesbaar();
        Set<String> gevraagd = new LinkedHashSet<>();
        nodes.forEach(n -> gevraagd.add(n.path("informatieobjecttype").asText()));
        Map<String, JsonNode> typen = catalogi.lees(gevraagd); // all at once, each once, cached
        for (ObjectNode node : nodes) {
            String type = node.path("informatieobjecttype").asText();
            JsonNode gevonden = typen.get(type);
            ObjectNode uitgebreid = node.hasNonNull("_expand") ? (ObjectNode) node.get("_expand") : node.putObject("_expand");
            if (leesbaar && gevonden == null && enkel) {
                throw new NotFoundException("Het informatieobjecttype " + type + " bestaat niet (meer)."); // drc-014
            }
            uitgebreid.set("informatieobjecttype", gevonden == null ? json.createObjectNode() : gevonden);
        }
    }

    /** The paths asked, each one of {@code toegestaan}: 404 for any other (drc-013). */
    private static Set<String> paden(String expand, Set<String> toegestaan) {
        Set<String> paden = new LinkedHashSet<>();
        if (expand == null || expand.isBlank()) {
            return paden;
        }
        for (String pad : expand.split(",")) {
            String p = pad.trim();
            if (!toegestaan.contains(p)) {
                throw new NotFoundException("Kan " + p + " niet uitbreiden; mogelijk: " + String.join(", ", toegestaan) + ".");
            }
            paden.add(p);
        }
        if (paden.contains("informatieobject.informatieobjecttype")) {
            paden.add("informatieobject");
        }
        return paden;
    }
}
