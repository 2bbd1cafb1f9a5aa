package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The types that belong to one zaaktype (statustypen, roltypen, resultaattypen, eigenschappen,
 * zaaktype-informatieobjecttypen, zaakobjecttypen): they live in its catalogus, follow its concept
 * state, and take its geldigheid where they set none of their own.
 */
public abstract class ChildKind<T> implements TypeKind<T> {

    protected final Verwijzingen verwijzingen;
    protected final Representations representations;
    protected final CatalogiStore store;

    protected ChildKind(Verwijzingen verwijzingen, Representations representations, CatalogiStore store) {
        this.verwijzingen = verwijzingen;
        this.representations = representations;
        this.store = store;
    }

    /** The URL of the zaaktype in the input. */
    protected abstract String zaaktypeOf(T input);

    protected abstract LocalDate beginOf(T input);

    protected abstract LocalDate eindeOf(T input);

    /** Fields never stored (derived on output). */
    protected abstract String[] readOnly();

    /** Kind-specific rules and stored-field adjustments; {@code data} is what will be stored. */
    protected abstract void prepare(T input, TypeRow zaaktype, ObjectNode data, TypeRow existing);

    /** Kind-specific derived fields for a page; {@code nodes} are in the order of {@code rows}. */
    protected void derive(List<TypeRow> rows, List<ObjectNode> nodes, LocalDate datum) {
    }

    @Override
    public TypeRow toRow(T input, TypeRow existing) {
        // share-locked: a concurrent change of the zaaktype (publish, new geldigheid) waits for this one, and
        // this one sees it when it went first
        TypeRow zaaktype = verwijzingen.lockedType("zaaktype", Soort.ZAAKTYPE, zaaktypeOf(input));
        ObjectNode data = representations.stored(input, readOnly());
        data.remove("catalogus");
        data.remove("zaaktypeIdentificatie");
        prepare(input, zaaktype, data, existing);
        LocalDate begin = beginOf(input) != null ? beginOf(input) : zaaktype.beginGeldigheid();
        LocalDate einde = eindeOf(input) != null ? eindeOf(input) : zaaktype.eindeGeldigheid();
        return new TypeRow(existing == null ? UUID.randomUUID() : existing.uuid(), soort(), zaaktype.catalogus(),
                zaaktype.uuid(), null, zaaktype.concept(), begin, einde, data);
    }

    @Override
    public List<T> present(List<TypeRow> rows, LocalDate datum) {
        Map<UUID, TypeRow> zaaktypen = representations.parents(rows);
        List<ObjectNode> nodes = new ArrayList<>();
        for (TypeRow row : rows) {
            ObjectNode node = representations.base(row);
            node.put("zaaktype", representations.url(zaaktypen.get(row.zaaktype())));
            node.put("zaaktypeIdentificatie", zaaktypen.get(row.zaaktype()).sleutel());
            if (node.has("beginGeldigheid")) { // the effective geldigheid: own, or the zaaktype's
                node.put("beginGeldigheid", row.beginGeldigheid() == null ? null : row.beginGeldigheid().toString());
                node.put("eindeGeldigheid", row.eindeGeldigheid() == null ? null : row.eindeGeldigheid().toString());
            }
            nodes.add(node);
        }
        derive(rows, nodes, datum);
        return nodes.stream().map(n -> representations.as(n, type())).toList();
    }

    /** A type of the same zaaktype named by URL (e.g. the statustype of an eigenschap). */
    protected TypeRow sibling(String field, Soort soort, String url, TypeRow zaaktype) {
        TypeRow row = verwijzingen.type(field, soort, url);
        if (!zaaktype.uuid().equals(row.zaaktype())) {
            throw ValidationException.of(field, "relations-incorrect-zaaktype",
                    "Het " + soort.value() + " hoort niet bij hetzelfde zaaktype.");
        }
        return row;
    }

    /** A value that must be unique among the types of this soort of one zaaktype. */
    protected void requireUnique(String field, TypeRow zaaktype, TypeRow existing, String value) {
        Where where = new Where().and("zaaktype = ?", zaaktype.uuid()).and("data ->> ? = ?", field, value);
        if (existing != null) {
            where.and("uuid <> ?", existing.uuid());
        }
        if (store.count(soort(), where) > 0) {
            throw ValidationException.of(field, "unique",
                    "Er bestaat al een " + soort().value() + " met deze " + field + " bij dit zaaktype.");
        }
    }
}
