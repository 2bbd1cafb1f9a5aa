package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.documenten.DocumentenApi;
import nl.zgw.shared.expand.CatalogiTypen;
import nl.zgw.shared.expand.ExpandPaths;
import nl.zgw.shared.expand.LezenAlsAanroeper;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;
import nl.zgw.zaken.zaak.ZaakMapper;
import nl.zgw.zaken.zaak.ZaakStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The {@code expand} parameter of the Zaken API (zrc-025 to zrc-028, and the Embedded schemas of
 * Zaken API 1.6/1.7): related zaken and objects inside zaken under {@code _expand}, with dot
 * notation up to {@link ExpandPaths#MAX_DEPTH} levels ({@code expand=status,rollen.statussen,
 * hoofdzaak.status}); the Catalogi type a field names ({@code zaaktype}, {@code status.statustype});
 * a zaakinformatieobject's {@code informatieobject} and a zaakbesluit's {@code besluit}, with what
 * follows them expanded by their own API. Everything is shown only as the caller could read it
 * directly (ADR 0017): our own objects through the lists' authorisation filter (one query per kind
 * and level), documents by the Documenten API's {@code _zoek} and besluiten by the Besluiten API's
 * list of the zaak, both with the caller's own token, types when the Catalogi API would show them
 * to the caller (ztc-014). At each level the reads of other APIs and the Catalogi types start
 * first and run at the same time as our own query. Other references (klanten,
 * objects, betrokkenen) are not expanded: a 404 on {@code expand}.
 */
@ApplicationScoped
public class Expander {

    /** A field that expands: the kind it points to ({@code catalogi} for types) and how to find its URLs. */
    private record Link(String target, boolean single, Function<JsonNode, List<String>> urls) {
    }

    /**
     * The kinds that live in another API of the suite, read there as the caller: its API and
     * collection, and for an API without {@code _zoek} the filter of its list that selects them by
     * the zaak they belong to (the zaak of the node that points at them).
     */
    private record Elders(ZgwApi api, String collection, String zaakFilter) {
    }

    private static final Map<String, Elders> ELDERS = Map.of(
            "informatieobject", new Elders(ZgwApi.DOCUMENTEN, DocumentenApi.DOCUMENTEN, null),
            "besluit", new Elders(ZgwApi.BESLUITEN, "besluiten", "zaak"));

    private static final Map<String, Map<String, Link>> GRAPH = new HashMap<>();

    static {
        Map<String, Link> zaak = new LinkedHashMap<>();
        zaak.put("zaaktype", one("catalogi", "zaaktype"));
        zaak.put("hoofdzaak", one("zaak", "hoofdzaak"));
        zaak.put("deelzaken", many("zaak", "deelzaken"));
        zaak.put("relevanteAndereZaken", new Link("zaak", false, n -> {
            List<String> urls = new ArrayList<>();
            n.path("relevanteAndereZaken").forEach(r -> urls.add(r.path("url").asText()));
            return urls;
        }));
        zaak.put("eigenschappen", many("zaakeigenschap", "eigenschappen"));
        zaak.put("rollen", many("rol", "rollen"));
        zaak.put("status", one("status", "status"));
        zaak.put("zaakinformatieobjecten", many("zaakinformatieobject", "zaakinformatieobjecten"));
        zaak.put("zaakobjecten", many("zaakobject", "zaakobjecten"));
        zaak.put("resultaat", one("resultaat", "resultaat"));
        GRAPH.put("zaak", zaak);
        GRAPH.put("status", Map.of("zaak", one("zaak", "zaak"), "statustype", one("catalogi", "statustype"),
                "gezetdoor", one("rol", "gezetdoor"),
                "zaakinformatieobjecten", many("zaakinformatieobject", "zaakinformatieobjecten")));
        GRAPH.put("rol", Map.of("zaak", one("zaak", "zaak"), "roltype", one("catalogi", "roltype"),
                "statussen", many("status", "statussen")));
        GRAPH.put("resultaat", Map.of("zaak", one("zaak", "zaak"), "resultaattype", one("catalogi", "resultaattype")));
        GRAPH.put("zaakobject", Map.of("zaak", one("zaak", "zaak"), "zaakobjecttype", one("catalogi", "zaakobjecttype")));
        GRAPH.put("zaakinformatieobject", Map.of("zaak", one("zaak", "zaak"), "status", one("status", "status"),
                "informatieobject", one("informatieobject", "informatieobject")));
        GRAPH.put("zaakbesluit", Map.of("besluit", one("besluit", "besluit")));
        GRAPH.put("zaakeigenschap", Map.of("zaak", one("zaak", "zaak"), "eigenschap", one("catalogi", "eigenschap")));
    }

    private static Link one(String target, String field) {
        return new Link(target, true, n -> n.hasNonNull(field) && !n.get(field).asText().isEmpty()
                ? List.of(n.get(field).asText()) : List.of());
    }

    private static Link many(String target, String field) {
        return new Link(target, false, n -> {
            List<String> urls = new ArrayList<>();
            n.path(field).forEach(u -> urls.add(u.asText()));
            return urls;
        });
    }

    /** A parsed expand parameter: field to the expansions below it. */
    public static final class Tree {
        final Map<String, Tree> children = new LinkedHashMap<>();

        public boolean isEmpty() {
            return children.isEmpty();
        }
    }

    private final ObjectMapper json;
    private final ResourceUrls urls;
    private final ZaakStore zaken;
    private final OnderdeelStore store;
    private final CurrentCaller caller;
    private final Onderdelen onderdelen;
    private final Map<Soort, OnderdeelKind<?>> kinds = new HashMap<>();
    private final ZaakMapper zaakMapper;
    private final LezenAlsAanroeper andereApis;
    private final CatalogiTypen typen;

    public Expander(ObjectMapper json, ResourceUrls urls, ZaakStore zaken, OnderdeelStore store, CurrentCaller caller,
                    Onderdelen onderdelen, Instance<OnderdeelKind<?>> kinds,
                    ZaakMapper zaakMapper, LezenAlsAanroeper andereApis, CatalogiTypen typen) {
        this.typen = typen;
        this.zaakMapper = zaakMapper;
        this.andereApis = andereApis;
        this.json = json;
        this.urls = urls;
        this.zaken = zaken;
        this.store = store;
        this.caller = caller;
        this.onderdelen = onderdelen;
        kinds.forEach(k -> this.kinds.put(k.soort(), k));
    }

    /** The kind a field of {@code resource} expands to ({@code catalogi} for a type), if it expands. */
    public static Optional<String> target(String resource, String field) {
        return Optional.ofNullable(GRAPH.getOrDefault(resource, Map.of()).get(field)).map(Link::target);
    }

    /** True for a kind of another API of the suite ({@code informatieobject}, {@code besluit}). */
    public static boolean elders(String kind) {
        return ELDERS.containsKey(kind);
    }

    /** The expansions asked for on a {@code resource}; an unknown field is a 400 on {@code expand}. */
    public Tree parse(String resource, String expand) {
        Tree root = new Tree();
        for (List<String> fields : ExpandPaths.parse(expand)) {
            String path = String.join(".", fields);
            Tree at = root;
            String kind = resource;
            boolean elders = false;
            for (String field : fields) {
                if (elders) { // the rest of the path is the other API's to judge (its 400 or 404 is ours)
                    at = at.children.computeIfAbsent(field, f -> new Tree());
                    continue;
                }
                Link link = kind == null ? null : GRAPH.getOrDefault(kind, Map.of()).get(field);
                if (link == null) { // zrc-027/zrc-028: not an attribute, or not one this API can expand: 404
                    throw new NotFoundException("'" + path + "' kan niet worden ge-expand: alleen zaken, wat in "
                            + "zaken leeft, hun typen in de Catalogi API, documenten en besluiten.");
                }
                at = at.children.computeIfAbsent(field, f -> new Tree());
                elders = ELDERS.containsKey(link.target());
                kind = "catalogi".equals(link.target()) ? null : link.target();
            }
        }
        return root;
    }

    /** {@code results} with {@code _expand} filled as {@code expand} asks; unchanged when it asks nothing. */
    public <T> List<T> apply(String resource, List<T> results, String expand, Class<T> type) {
        Tree tree = parse(resource, expand);
        if (tree.isEmpty() || results.isEmpty()) {
            return results;
        }
        List<ObjectNode> nodes = new ArrayList<>();
        results.forEach(r -> nodes.add(json.valueToTree(r)));
        expand(resource, nodes, tree);
        return nl.zgw.shared.expand.Knopen.alsType(json, nodes, type);
    }

    private void expand(String resource, List<ObjectNode> nodes, Tree tree) {
        // first what other APIs answer (they work while we query our own tables), then our own
        Map<String, CompletableFuture<Map<String, JsonNode>>> elders = new HashMap<>();
        for (Map.Entry<String, Tree> entry : tree.children.entrySet()) {
            Link link = GRAPH.get(resource).get(entry.getKey());
            Elders api = ELDERS.get(link.target());
            if (api != null) {
                elders.put(entry.getKey(), elders(api, link, nodes, String.join(",", paths(entry.getValue()))));
            } else if ("catalogi".equals(link.target())) {
                elders.put(entry.getKey(), typen(wanted(link, nodes)));
            }
        }
        for (Map.Entry<String, Tree> entry : tree.children.entrySet()) {
            Link link = GRAPH.get(resource).get(entry.getKey());
            Map<String, ? extends JsonNode> loaded;
            if (elders.containsKey(entry.getKey())) {
                loaded = LezenAlsAanroeper.wacht(elders.get(entry.getKey()));
            } else {
                Map<String, ObjectNode> own = load(link.target(), wanted(link, nodes));
                if (!entry.getValue().isEmpty() && !own.isEmpty()) {
                    expand(link.target(), new ArrayList<>(own.values()), entry.getValue());
                }
                loaded = own;
            }
            for (ObjectNode node : nodes) {
                ObjectNode embedded = node.hasNonNull("_expand") ? (ObjectNode) node.get("_expand") : node.putObject("_expand");
                List<String> refs = link.urls().apply(node);
                if (link.single()) {
                    // no reference, or one the client may not read: {} (the specification's EmptyObject)
                    embedded.set(entry.getKey(), refs.isEmpty() ? json.createObjectNode()
                            : Optional.<JsonNode>ofNullable(loaded.get(refs.get(0))).orElse(json.createObjectNode()));
                } else {
                    ArrayNode list = embedded.putArray(entry.getKey());
                    refs.stream().map(loaded::get).filter(java.util.Objects::nonNull).forEach(list::add);
                }
            }
        }
    }

    /** One {@code _zoek} for all nodes; or, for an API without it, one list per zaak the nodes belong to. */
    private CompletableFuture<Map<String, JsonNode>> elders(Elders api, Link link, List<ObjectNode> nodes, String rest) {
        if (api.zaakFilter() == null) {
            return andereApis.zoek(api.api(), api.collection(), wanted(link, nodes), rest);
        }
        Map<String, List<ObjectNode>> perZaak = new LinkedHashMap<>();
        for (ObjectNode node : nodes) { // a zaakbesluit's URL is <zaak>/besluiten/<uuid>
            String url = node.path("url").asText();
            int at = url.lastIndexOf("/" + Soort.ZAAKBESLUIT.collection() + "/");
            if (at > 0) {
                perZaak.computeIfAbsent(url.substring(0, at), z -> new ArrayList<>()).add(node);
            }
        }
        List<CompletableFuture<Map<String, JsonNode>>> lijsten = new ArrayList<>();
        perZaak.forEach((zaak, vanZaak) -> lijsten.add(andereApis.lijst(api.api(), api.collection(),
                Map.of(api.zaakFilter(), zaak), wanted(link, vanZaak), rest)));
        return CompletableFuture.allOf(lijsten.toArray(CompletableFuture[]::new)).thenApply(klaar -> {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            lijsten.forEach(l -> out.putAll(l.join()));
            return out;
        });
    }

    private static Set<String> wanted(Link link, List<ObjectNode> nodes) {
        Set<String> wanted = new LinkedHashSet<>();
        nodes.forEach(n -> wanted.addAll(link.urls().apply(n)));
        return wanted;
    }

    /** The paths of a tree, dotted: what follows a field of another API, for that API's own expand. */
    private static List<String> paths(Tree tree) {
        List<String> out = new ArrayList<>();
        tree.children.forEach((field, below) -> {
            if (below.isEmpty()) {
                out.add(field);
            } else {
                paths(below).forEach(p -> out.add(field + "." + p));
            }
        });
        return out;
    }

    /**
     * The Catalogi types at these URLs as the caller may see them, read beside the local queries; a
     * type that does not exist is not expanded, the Catalogi API failing is a 503 (as in the
     * Documenten and Besluiten APIs: never a silent {@code {}}).
     */
    private CompletableFuture<Map<String, JsonNode>> typen(Collection<String> wanted) {
        return typen.leesAsync(wanted);
    }

    /** The representations at these URLs that the client may read, by URL; one query per kind. */
    private Map<String, ObjectNode> load(String target, Collection<String> wanted) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        Soort soort = "zaak".equals(target) ? null : Soort.of(target);
        List<UUID> uuids = new ArrayList<>();
        for (String url : wanted) {
            uuid(url, soort).ifPresent(uuids::add);
        }
        // what the client may not read is left out by the query itself (the same filter as the lists)
        AllowedTypes.SqlCondition allowed = caller.allowedTypes(Onderdelen.LEZEN).sql("zaaktype", "vertrouwelijkheid_rank");
        if (soort == null) {
            zaakMapper.present(zaken.findReadable(uuids, allowed)).forEach(z -> out.put(z.url(), json.valueToTree(z)));
            return out;
        }
        List<OnderdeelRow> rows = store.findAll(soort, uuids);
        Set<UUID> readableZaken = new java.util.HashSet<>();
        zaken.findReadable(rows.stream().map(OnderdeelRow::zaak).distinct().toList(), allowed)
                .forEach(z -> readableZaken.add(z.uuid()));
        present(kinds.get(soort), rows.stream().filter(r -> readableZaken.contains(r.zaak())).toList())
                .forEach(n -> out.put(n.path("url").asText(), n));
        return out;
    }

    private <T extends Onderdeel> List<ObjectNode> present(OnderdeelKind<T> kind, List<OnderdeelRow> rows) {
        List<ObjectNode> out = new ArrayList<>();
        onderdelen.present(kind, rows).forEach(r -> out.add(json.valueToTree(r)));
        return out;
    }

    private Optional<UUID> uuid(String url, Soort soort) {
        try {
            ResourceUrl parsed = ResourceUrl.of(url);
            if (soort != null && soort.nested()) {
                return urls.isOwn(parsed) ? parsed.uuid() : Optional.empty();
            }
            return urls.ownUuid(parsed, soort == null ? "zaken" : soort.collection());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
