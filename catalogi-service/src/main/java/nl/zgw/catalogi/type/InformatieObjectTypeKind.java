package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.model.InformatieObjectType;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.Verwijzingen.Key;
import nl.zgw.shared.sql.Where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Informatieobjecttypen: identified by omschrijving. Which zaaktypen (through
 * zaaktype-informatieobjecttypen) and besluittypen name them is derived, resolved to the published
 * versions valid on the requested date.
 */
@jakarta.inject.Singleton
public class InformatieObjectTypeKind implements TypeKind<InformatieObjectType> {

    private static final String[] READ_ONLY = {"concept", "zaaktypen", "zaaktypeIdentificaties", "besluittypen",
            "besluittypeOmschrijving", "catalogus"};

    private final Verwijzingen verwijzingen;
    private final Representations representations;
    private final CatalogiStore store;

    public InformatieObjectTypeKind(Verwijzingen verwijzingen, Representations representations, CatalogiStore store) {
        this.verwijzingen = verwijzingen;
        this.representations = representations;
        this.store = store;
    }

    @Override
    public Soort soort() {
        return Soort.INFORMATIEOBJECTTYPE;
    }

    @Override
    public Class<InformatieObjectType> type() {
        return InformatieObjectType.class;
    }

    @Override
    public TypeRow toRow(InformatieObjectType in, TypeRow existing) {
        UUID catalogus = verwijzingen.catalogus("catalogus", in.catalogus());
        return new TypeRow(existing == null ? UUID.randomUUID() : existing.uuid(), soort(), catalogus, null,
                in.omschrijving(), existing == null || existing.concept(), in.beginGeldigheid(), in.eindeGeldigheid(),
                representations.stored(in, READ_ONLY));
    }

    @Override
    public List<InformatieObjectType> present(List<TypeRow> rows, LocalDate datum) {
        Set<UUID> catalogi = new HashSet<>();
        Set<String> names = new HashSet<>();
        rows.forEach(r -> {
            catalogi.add(r.catalogus());
            names.add(r.sleutel());
        });
        // zaaktypen naming these omschrijvingen through a zaaktype-informatieobjecttype: every identificatie,
        // and the URLs of the published versions valid on the date
        Map<Key, Set<String>> zaaktypeNames = new java.util.HashMap<>();
        Map<Key, Set<String>> zaaktypeUrls = new java.util.HashMap<>();
        if (!rows.isEmpty()) {
            List<TypeRow> ziots = store.all(new Where().and("soort = 'zaaktype-informatieobjecttype'")
                    .in("catalogus", catalogi).in("data ->> 'informatieobjecttype'", names));
            Map<UUID, TypeRow> zaaktypen = representations.parents(ziots);
            for (TypeRow ziot : ziots) {
                TypeRow zaaktype = zaaktypen.get(ziot.zaaktype());
                Key key = new Key(ziot.catalogus(), ziot.text("informatieobjecttype"));
                zaaktypeNames.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(zaaktype.sleutel());
                if (!zaaktype.concept() && zaaktype.geldigOp(datum)) {
                    zaaktypeUrls.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(representations.url(zaaktype));
                }
            }
        }
        // besluittypen naming them: every omschrijving, and the URLs of the published versions valid on the date
        Map<Key, Set<String>> besluittypeNames = new java.util.HashMap<>();
        Map<Key, Set<String>> besluittypeUrls = new java.util.HashMap<>();
        if (!rows.isEmpty()) {
            for (TypeRow bt : store.all(new Where().and("soort = ?", Soort.BESLUITTYPE.value()).in("catalogus", catalogi)
                    .and("jsonb_exists_any(data -> 'informatieobjecttypen', ?)", names.stream().toList()))) {
                for (String iot : bt.texts("informatieobjecttypen")) {
                    Key key = new Key(bt.catalogus(), iot);
                    if (bt.sleutel() != null) {
                        besluittypeNames.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(bt.sleutel());
                    }
                    if (!bt.concept() && bt.geldigOp(datum)) {
                        besluittypeUrls.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(representations.url(bt));
                    }
                }
            }
        }

        List<InformatieObjectType> out = new ArrayList<>();
        for (TypeRow row : rows) {
            Key self = new Key(row.catalogus(), row.sleutel());
            ObjectNode node = representations.base(row);
            node.put("concept", row.concept());
            List<String> zNames = List.copyOf(zaaktypeNames.getOrDefault(self, Set.of()));
            node.set("zaaktypen", representations.array(List.copyOf(zaaktypeUrls.getOrDefault(self, Set.of()))));
            node.set("zaaktypeIdentificaties", representations.array(zNames));
            List<String> bNames = List.copyOf(besluittypeNames.getOrDefault(self, Set.of()));
            node.set("besluittypen", representations.array(List.copyOf(besluittypeUrls.getOrDefault(self, Set.of()))));
            node.set("besluittypeOmschrijving", representations.array(bNames));
            out.add(representations.as(node, InformatieObjectType.class));
        }
        return out;
    }
}
