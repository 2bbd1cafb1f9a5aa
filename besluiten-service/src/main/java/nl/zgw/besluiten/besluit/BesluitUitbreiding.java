package nl.zgw.besluiten.besluit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.besluitinformatieobject.BesluitInformatieObject;
import nl.zgw.shared.expand.Knopen;
import nl.zgw.shared.documenten.DocumentenApi;
import nl.zgw.shared.expand.CatalogiTypen;
import nl.zgw.shared.expand.ExpandPaths;
import nl.zgw.shared.expand.LezenAlsAanroeper;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * {@code expand} in the Besluiten API 1.1.0 (ADR 0017). A besluit expands its {@code besluittype}
 * (read from the Catalogi API, shown when the client holds {@code catalogi.lezen}, as a direct read
 * needs) and its {@code zaak} (with what follows it, {@code zaak.status}, expanded by the Zaken API);
 * a besluitinformatieobject its {@code besluit} (and that besluit's fields) and its
 * {@code informatieobject} (with what follows it, expanded by the Documenten API). The zaken and
 * documents are asked of their own API with the client's own token, all at once, so that API shows
 * exactly what the client may read there; besluiten are read in one query with the list's filter.
 * What the client may not read, or what is not there, is {@code {}}. A field this API cannot expand
 * is a 404, as the Zaken and Documenten APIs answer (zrc-027, drc-013).
 */
@ApplicationScoped
public class BesluitUitbreiding {

    private static final Set<String> BESLUIT = Set.of("besluittype", "zaak");
    private static final Set<String> BESLUITINFORMATIEOBJECT = Set.of("informatieobject", "besluit");

    private final BesluitService besluiten;
    private final LezenAlsAanroeper andereApis;
    private final CatalogiTypen catalogi;
    private final ResourceUrls urls;
    private final ObjectMapper json;

    public BesluitUitbreiding(BesluitService besluiten, LezenAlsAanroeper andereApis, CatalogiTypen catalogi,
                              ResourceUrls urls, ObjectMapper json) {
        this.besluiten = besluiten;
        this.andereApis = andereApis;
        this.catalogi = catalogi;
        this.urls = urls;
        this.json = json;
    }

    /** 404 when {@code expand} names a field a besluit cannot expand; call before reading. */
    public void controleerBesluit(String expand) {
        besluitPaden(ExpandPaths.parse(expand));
    }

    /** 404 when {@code expand} names a field a besluitinformatieobject cannot expand; call before reading. */
    public void controleerBesluitInformatieObject(String expand) {
        bioPaden(ExpandPaths.parse(expand));
    }

    /** {@code besluiten} with {@code _expand} as {@code expand} asks; unchanged when it asks nothing. */
    public List<Besluit> besluiten(List<Besluit> lijst, String expand) {
        List<List<String>> paden = besluitPaden(ExpandPaths.parse(expand));
        if (paden.isEmpty() || lijst.isEmpty()) {
            return lijst;
        }
        List<ObjectNode> nodes = lijst.stream().map(b -> (ObjectNode) json.valueToTree(b)).toList();
        vulBesluiten(nodes, paden);
        return Knopen.alsType(json, nodes, Besluit.class);
    }

    /** {@code items} with {@code _expand} as {@code expand} asks; unchanged when it asks nothing. */
    public List<BesluitInformatieObject> besluitInformatieObjecten(List<BesluitInformatieObject> items, String expand) {
        List<List<String>> paden = bioPaden(ExpandPaths.parse(expand));
        if (paden.isEmpty() || items.isEmpty()) {
            return items;
        }
        List<ObjectNode> nodes = items.stream().map(i -> (ObjectNode) json.valueToTree(i)).toList();
        Set<String> velden = velden(paden);
        // the documents are asked of the Documenten API first; the besluiten are read meanwhile
        CompletableFuture<Map<String, JsonNode>> documenten = velden.contains("informatieobject")
                ? andereApis.zoek(ZgwApi.DOCUMENTEN, DocumentenApi.DOCUMENTEN, waarden(nodes, "informatieobject"),
                LezenAlsAanroeper.rest(paden, "informatieobject"))
                : CompletableFuture.completedFuture(Map.of());
        Map<String, JsonNode> gelezenBesluiten = new LinkedHashMap<>();
        if (velden.contains("besluit")) {
            List<UUID> uuids = new ArrayList<>();
            for (String url : waarden(nodes, "besluit")) {
                urls.ownUuid(ResourceUrl.of(url), BesluitMapper.COLLECTION).ifPresent(uuids::add);
            }
            List<ObjectNode> leesbaar = besluiten.leesbaar(uuids).stream().map(b -> (ObjectNode) json.valueToTree(b)).toList();
            List<List<String>> verder = onder(paden, "besluit");
            if (!verder.isEmpty()) {
                vulBesluiten(leesbaar, verder);
            }
            leesbaar.forEach(b -> gelezenBesluiten.put(b.path("url").asText(), b));
        }
        Map<String, JsonNode> gelezenDocumenten = LezenAlsAanroeper.wacht(documenten);
        for (ObjectNode node : nodes) {
            ObjectNode uitgebreid = node.putObject("_expand");
            if (velden.contains("informatieobject")) {
                uitgebreid.set("informatieobject", of(gelezenDocumenten, node.path("informatieobject").asText()));
            }
            if (velden.contains("besluit")) {
                uitgebreid.set("besluit", of(gelezenBesluiten, node.path("besluit").asText()));
            }
        }
        return Knopen.alsType(json, nodes, BesluitInformatieObject.class);
    }

    private void vulBesluiten(List<ObjectNode> nodes, List<List<String>> paden) {
        Set<String> velden = velden(paden);
        CompletableFuture<Map<String, JsonNode>> zaken = velden.contains("zaak")
                ? andereApis.zoek(ZgwApi.ZAKEN, "zaken", waarden(nodes, "zaak"), LezenAlsAanroeper.rest(paden, "zaak"))
                : CompletableFuture.completedFuture(Map.of());
        Map<String, JsonNode> typen = velden.contains("besluittype") ? catalogi.lees(waarden(nodes, "besluittype")) : Map.of();
        Map<String, JsonNode> gelezenZaken = LezenAlsAanroeper.wacht(zaken);
        for (ObjectNode node : nodes) {
            ObjectNode uitgebreid = node.hasNonNull("_expand") ? (ObjectNode) node.get("_expand") : node.putObject("_expand");
            if (velden.contains("besluittype")) {
                uitgebreid.set("besluittype", of(typen, node.path("besluittype").asText()));
            }
            if (velden.contains("zaak")) {
                uitgebreid.set("zaak", of(gelezenZaken, node.path("zaak").asText()));
            }
        }
    }

    private List<List<String>> besluitPaden(List<List<String>> paden) {
        for (List<String> pad : paden) {
            if (!BESLUIT.contains(pad.get(0)) || pad.get(0).equals("besluittype") && pad.size() > 1) {
                throw new NotFoundException("'" + String.join(".", pad) + "' kan niet worden ge-expand; een besluit "
                        + "kent besluittype, zaak en wat de Zaken API van een zaak kan expanden.");
            }
        }
        return paden;
    }

    private List<List<String>> bioPaden(List<List<String>> paden) {
        for (List<String> pad : paden) {
            if (!BESLUITINFORMATIEOBJECT.contains(pad.get(0))) {
                throw new NotFoundException("'" + String.join(".", pad) + "' kan niet worden ge-expand; een "
                        + "besluitinformatieobject kent informatieobject en besluit.");
            }
        }
        besluitPaden(onder(paden, "besluit"));
        return paden;
    }

    /** The paths below {@code veld}, without it. */
    private static List<List<String>> onder(List<List<String>> paden, String veld) {
        return paden.stream().filter(p -> p.get(0).equals(veld) && p.size() > 1).map(p -> p.subList(1, p.size())).toList();
    }

    private static Set<String> velden(List<List<String>> paden) {
        Set<String> velden = new LinkedHashSet<>();
        paden.forEach(p -> velden.add(p.get(0)));
        return velden;
    }

    private static Set<String> waarden(List<ObjectNode> nodes, String veld) {
        Set<String> waarden = new LinkedHashSet<>();
        nodes.forEach(n -> {
            if (n.hasNonNull(veld) && !n.get(veld).asText().isEmpty()) {
                waarden.add(n.get(veld).asText());
            }
        });
        return waarden;
    }

    /** The object read for {@code url}; {@code {}} (the specification's EmptyObject) when there is none. */
    private JsonNode of(Map<String, JsonNode> gelezen, String url) {
        JsonNode gevonden = gelezen.get(url);
        return gevonden == null ? json.createObjectNode() : gevonden.deepCopy();
    }
}
