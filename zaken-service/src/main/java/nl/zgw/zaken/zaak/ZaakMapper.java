package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.onderdeel.OnderdeelStore;
import nl.zgw.zaken.onderdeel.Soort;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored zaak as the API shows it: its own fields, plus what is computed from the rest of the
 * store (deelzaken, the objects inside it, the latest status), read for a whole page in two
 * queries. No authorisation here: callers read only what the client may see.
 */
@ApplicationScoped
public class ZaakMapper {

    private static final Map<String, String> WEERGAVE = Map.of("", "", "nvt", "Er is geen sprake van te betalen, "
            + "met de zaak gemoeide, kosten.", "nog_niet", "De met de zaak gemoeide kosten zijn (nog) niet betaald.",
            "gedeeltelijk", "De met de zaak gemoeide kosten zijn gedeeltelijk betaald.",
            "geheel", "De met de zaak gemoeide kosten zijn geheel betaald.");

    /** What other rows say about a set of zaken: their deelzaken, the objects inside them, their status. */
    public record Inhoud(Map<UUID, List<String>> deelzaken, Map<UUID, Map<Soort, List<String>>> onderdelen,
                         Map<UUID, String> status) {

        /** Of a zaak just created: nothing refers to it yet. */
        public static final Inhoud NIEUW = new Inhoud(Map.of(), Map.of(), Map.of());
    }

    private final ZaakStore store;
    private final OnderdeelStore onderdelen;
    private final ResourceUrls urls;
    private final ObjectMapper json;
    private final com.fasterxml.jackson.databind.ObjectReader zaakReader;

    public ZaakMapper(ZaakStore store, OnderdeelStore onderdelen, ResourceUrls urls, ObjectMapper json) {
        this.store = store;
        this.onderdelen = onderdelen;
        this.urls = urls;
        this.json = json;
        this.zaakReader = json.readerFor(Zaak.class);
    }

    /** The representations of these zaken, in order. */
    public List<Zaak> present(List<ZaakRow> rows) {
        Inhoud inhoud = inhoud(rows.stream().map(ZaakRow::uuid).toList());
        return rows.stream().map(row -> present(row, inhoud)).toList();
    }

    /** What the rest of the store says about these zaken (two queries, whatever their number). */
    public Inhoud inhoud(List<UUID> uuids) {
        Map<UUID, List<String>> deelzaken = new HashMap<>();
        for (UUID[] pair : store.deelzaken(uuids)) {
            deelzaken.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(url(pair[1]));
        }
        Map<UUID, Map<Soort, List<String>>> inside = new HashMap<>();
        OnderdeelStore.Overzicht overzicht = onderdelen.overzicht(uuids);
        for (OnderdeelStore.Entry entry : overzicht.entries()) {
            String collection = entry.soort().nested()
                    ? "zaken/" + entry.zaak() + "/" + entry.soort().collection() : entry.soort().collection();
            inside.computeIfAbsent(entry.zaak(), k -> new EnumMap<>(Soort.class))
                    .computeIfAbsent(entry.soort(), k -> new ArrayList<>())
                    .add(urls.ownText(collection, entry.uuid()));
        }
        Map<UUID, String> status = new HashMap<>();
        overzicht.latestStatus().forEach((zaak, latest) ->
                status.put(zaak, urls.ownText(Soort.STATUS.collection(), latest)));
        return new Inhoud(deelzaken, inside, status);
    }

    /**
     * One zaak with what the store says about it. A change of the zaak itself leaves that as it was,
     * so a change presents the zaak before and after from one {@link Inhoud}.
     */
    public Zaak present(ZaakRow row, Inhoud inhoud) {
        // a shallow copy: only top-level fields are set or removed, the stored values are only read
        ObjectNode node = json.createObjectNode();
        node.setAll(row.data());
        node.remove(ZaakRow.AFGELEID);
        node.put("url", url(row.uuid()));
        node.put("uuid", row.uuid().toString());
        node.put("einddatum", row.einddatum() == null ? null : row.einddatum().toString());
        node.put("hoofdzaak", row.hoofdzaak() == null ? null : url(row.hoofdzaak()));
        node.put("betalingsindicatieWeergave", weergave(node.path("betalingsindicatie").asText("")));
        array(node, "deelzaken", inhoud.deelzaken().getOrDefault(row.uuid(), List.of()));
        Map<Soort, List<String>> own = inhoud.onderdelen().getOrDefault(row.uuid(), Map.of());
        array(node, "eigenschappen", own.getOrDefault(Soort.ZAAKEIGENSCHAP, List.of()));
        array(node, "rollen", own.getOrDefault(Soort.ROL, List.of()));
        array(node, "zaakobjecten", own.getOrDefault(Soort.ZAAKOBJECT, List.of()));
        array(node, "zaakinformatieobjecten", own.getOrDefault(Soort.ZAAKINFORMATIEOBJECT, List.of()));
        node.put("status", inhoud.status().get(row.uuid()));
        List<String> resultaat = own.getOrDefault(Soort.RESULTAAT, List.of());
        node.put("resultaat", resultaat.isEmpty() ? null : resultaat.get(0));
        try {
            return zaakReader.readValue(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The zaken of a list page as {@link ZaakWeergave}s, in order: written from their stored JSON
     * text, with the same two queries for what the rest of the store says about them.
     */
    public List<ZaakWeergave> weergave(List<ZaakStore.AlsTekst> rows) {
        Inhoud inhoud = inhoud(rows.stream().map(ZaakStore.AlsTekst::uuid).toList());
        List<ZaakWeergave> out = new ArrayList<>(rows.size());
        for (ZaakStore.AlsTekst row : rows) {
            out.add(new ZaakWeergave(row, url(row.uuid()), row.hoofdzaak() == null ? null : url(row.hoofdzaak()), inhoud));
        }
        return out;
    }

    /** The betalingsindicatieWeergave of a betalingsindicatie. */
    static String weergave(String betalingsindicatie) {
        return WEERGAVE.getOrDefault(betalingsindicatie, "");
    }

    private static void array(ObjectNode node, String field, List<String> values) {
        com.fasterxml.jackson.databind.node.ArrayNode array = node.putArray(field);
        values.forEach(array::add);
    }

    public String url(UUID uuid) {
        return urls.ownText(ZaakService.COLLECTION, uuid);
    }
}
