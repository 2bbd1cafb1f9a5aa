package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.model.BesluitType;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.Verwijzingen.Key;
import nl.zgw.shared.sql.Where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Besluittypen: identified by omschrijving; name the informatieobjecttypen their besluiten are
 * recorded in. Which zaaktypen and resultaattypen name them is derived.
 */
@jakarta.inject.Singleton
public class BesluitTypeKind implements TypeKind<BesluitType> {

    private static final String[] READ_ONLY = {"concept", "zaaktypen", "zaaktypeIdentificaties",
            "informatieobjecttypeOmschrijvingen", "resultaattypen", "resultaattypenOmschrijving", "vastgelegdIn",
            "catalogus"};

    private final Verwijzingen verwijzingen;
    private final Representations representations;
    private final CatalogiStore store;

    public BesluitTypeKind(Verwijzingen verwijzingen, Representations representations, CatalogiStore store) {
        this.verwijzingen = verwijzingen;
        this.representations = representations;
        this.store = store;
    }

    @Override
    public Soort soort() {
        return Soort.BESLUITTYPE;
    }

    @Override
    public Class<BesluitType> type() {
        return BesluitType.class;
    }

    @Override
    public TypeRow toRow(BesluitType in, TypeRow existing) {
        UUID catalogus = verwijzingen.catalogus("catalogus", in.catalogus());
        ObjectNode data = representations.stored(in, READ_ONLY);
        data.set("informatieobjecttypen", representations.array(verwijzingen.names("informatieobjecttypen",
                Soort.INFORMATIEOBJECTTYPE, catalogus, in.informatieobjecttypen())));
        String omschrijving = in.omschrijving() == null || in.omschrijving().isBlank() ? null : in.omschrijving();
        return new TypeRow(existing == null ? UUID.randomUUID() : existing.uuid(), soort(), catalogus, null,
                omschrijving, existing == null || existing.concept(), in.beginGeldigheid(), in.eindeGeldigheid(), data);
    }

    @Override
    public List<BesluitType> present(List<TypeRow> rows, LocalDate datum) {
        Set<UUID> catalogi = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<Key> iotKeys = new HashSet<>();
        for (TypeRow r : rows) {
            catalogi.add(r.catalogus());
            if (r.sleutel() != null) {
                names.add(r.sleutel());
            }
            r.texts("informatieobjecttypen").forEach(n -> iotKeys.add(new Key(r.catalogus(), n)));
        }
        Map<Key, TypeRow> iot = verwijzingen.resolve(Soort.INFORMATIEOBJECTTYPE, iotKeys, datum);
        // the zaaktypen naming these omschrijvingen: every identificatie, and the URLs of the published
        // versions valid on the date (a version that no longer names it is not shown)
        Map<Key, Set<String>> zaaktypeNames = new HashMap<>();
        Map<Key, Set<String>> zaaktypeUrls = new HashMap<>();
        Map<Key, List<TypeRow>> resultaattypen = new HashMap<>();
        if (!names.isEmpty()) {
            Where naming = new Where().in("catalogus", catalogi)
                    .and("jsonb_exists_any(data -> 'besluittypen', ?)", List.copyOf(names));
            for (TypeRow z : store.all(new Where().and("soort = ?", Soort.ZAAKTYPE.value()).and(naming))) {
                for (String b : z.texts("besluittypen")) {
                    Key key = new Key(z.catalogus(), b);
                    zaaktypeNames.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(z.sleutel());
                    if (!z.concept() && z.geldigOp(datum)) {
                        zaaktypeUrls.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(representations.url(z));
                    }
                }
            }
            Where naming2 = new Where().in("catalogus", catalogi)
                    .and("jsonb_exists_any(data -> 'besluittypen', ?)", List.copyOf(names));
            for (TypeRow rt : store.all(new Where().and("soort = ?", Soort.RESULTAATTYPE.value()).and(naming2))) {
                for (String b : rt.texts("besluittypen")) {
                    resultaattypen.computeIfAbsent(new Key(rt.catalogus(), b), k -> new ArrayList<>()).add(rt);
                }
            }
        }

        List<BesluitType> out = new ArrayList<>();
        for (TypeRow row : rows) {
            Key self = new Key(row.catalogus(), row.sleutel());
            ObjectNode node = representations.base(row);
            node.put("concept", row.concept());
            List<String> zNames = row.sleutel() == null ? List.of() : List.copyOf(zaaktypeNames.getOrDefault(self, Set.of()));
            List<String> zUrls = row.sleutel() == null ? List.of() : List.copyOf(zaaktypeUrls.getOrDefault(self, Set.of()));
            node.set("zaaktypen", representations.array(zUrls));
            node.set("zaaktypeIdentificaties", representations.array(zNames));
            List<String> iotNames = row.texts("informatieobjecttypen");
            node.set("informatieobjecttypen", representations.resolved(iot, row.catalogus(), iotNames));
            node.set("informatieobjecttypeOmschrijvingen", representations.array(iotNames));
            node.set("vastgelegdIn", representations.array(iotNames));
            List<TypeRow> rts = row.sleutel() == null ? List.of() : resultaattypen.getOrDefault(self, List.of());
            node.set("resultaattypen", representations.array(rts.stream().map(representations::url).toList()));
            node.set("resultaattypenOmschrijving", representations.array(rts.stream().map(r -> r.text("omschrijving")).toList()));
            out.add(representations.as(node, BesluitType.class));
        }
        return out;
    }
}
