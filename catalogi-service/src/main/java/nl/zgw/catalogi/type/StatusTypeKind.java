package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.model.StatusType;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Statustypen of a zaaktype; volgnummer is unique per zaaktype and the highest one is the
 * eindstatus. {@code eigenschappen} names eigenschappen of the same zaaktype by URL.
 */
@jakarta.inject.Singleton
public class StatusTypeKind extends ChildKind<StatusType> {

    public StatusTypeKind(Verwijzingen verwijzingen, Representations representations, CatalogiStore store) {
        super(verwijzingen, representations, store);
    }

    @Override public Soort soort() { return Soort.STATUSTYPE; }
    @Override public Class<StatusType> type() { return StatusType.class; }
    @Override protected String zaaktypeOf(StatusType in) { return in.zaaktype(); }
    @Override protected LocalDate beginOf(StatusType in) { return in.beginGeldigheid(); }
    @Override protected LocalDate eindeOf(StatusType in) { return in.eindeGeldigheid(); }
    @Override protected String[] readOnly() { return new String[] {"isEindstatus"}; }

    @Override
    protected void prepare(StatusType in, TypeRow zaaktype, ObjectNode data, TypeRow existing) {
        requireUniqueNumber(zaaktype, existing, in.volgnummer());
        List<String> eigenschappen = in.eigenschappen() == null ? List.of() : in.eigenschappen();
        List<String> canonical = new java.util.ArrayList<>();
        for (int i = 0; i < eigenschappen.size(); i++) {
            canonical.add(representations.url(sibling("eigenschappen." + i, Soort.EIGENSCHAP, eigenschappen.get(i), zaaktype)));
        }
        data.set("eigenschappen", representations.array(canonical));
    }

    private void requireUniqueNumber(TypeRow zaaktype, TypeRow existing, int volgnummer) {
        Where where = new Where().and("zaaktype = ?", zaaktype.uuid()).and("(data ->> 'volgnummer')::int = ?", volgnummer);
        if (existing != null) {
            where.and("uuid <> ?", existing.uuid());
        }
        if (store.count(soort(), where) > 0) {
            throw ValidationException.of("volgnummer", "unique",
                    "Er bestaat al een statustype met dit volgnummer bij dit zaaktype.");
        }
    }

    @Override
    protected void derive(List<TypeRow> rows, List<ObjectNode> nodes, LocalDate datum) {
        Map<UUID, Map<Soort, List<TypeRow>>> siblings = representations.children(
                rows.stream().map(TypeRow::zaaktype).distinct().toList());
        for (int i = 0; i < rows.size(); i++) {
            int highest = siblings.getOrDefault(rows.get(i).zaaktype(), Map.of())
                    .getOrDefault(Soort.STATUSTYPE, List.of()).stream()
                    .mapToInt(s -> s.data().path("volgnummer").asInt()).max().orElse(0);
            nodes.get(i).put("isEindstatus", rows.get(i).data().path("volgnummer").asInt() == highest);
        }
    }
}
