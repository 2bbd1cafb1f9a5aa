package nl.zgw.catalogi.type;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;

import java.time.LocalDate;

/**
 * The versions of one type over time: a version's geldigheid must not end before it begins, and
 * the published versions of one identificatie (zaaktype) or omschrijving (informatieobjecttype,
 * besluittype) in a catalogus must not overlap (inclusive dates, an open end runs for ever).
 * Concept versions may overlap: the check bites when they are published.
 */
@ApplicationScoped
public class Geldigheid {

    private final CatalogiStore store;

    public Geldigheid(CatalogiStore store) {
        this.store = store;
    }

    /** For a row about to be stored; {@code field} names the field an overlap is reported on. */
    public void check(TypeRow row, String field) {
        if (row.beginGeldigheid() != null && row.eindeGeldigheid() != null
                && row.eindeGeldigheid().isBefore(row.beginGeldigheid())) {
            throw ValidationException.of("eindeGeldigheid", "date-mismatch",
                    "eindeGeldigheid moet op of na beginGeldigheid liggen.");
        }
        if (row.soort().publishable() && !row.concept()) {
            checkPublished(row, field == null ? "beginGeldigheid" : field);
        }
    }

    /** No other published version of the same key overlaps {@code row}. */
    public void checkPublished(TypeRow row, String field) {
        if (row.sleutel() == null) {
            return;
        }
        store.lockKey(row.catalogus(), row.soort(), row.sleutel());
        Where others = new Where().and("soort = ?", row.soort().value()).and("catalogus = ?", row.catalogus())
                .and("sleutel = ?", row.sleutel()).and("concept = false").and("uuid <> ?", row.uuid());
        for (TypeRow other : store.all(others)) {
            if (overlaps(row.beginGeldigheid(), row.eindeGeldigheid(), other.beginGeldigheid(), other.eindeGeldigheid())) {
                throw ValidationException.of(field, "overlap", "Dit " + row.soort().value() + " komt al voor binnen de "
                        + "catalogus en opgegeven geldigheidsperiode (versie van " + other.beginGeldigheid() + ").");
            }
        }
    }

    static boolean overlaps(LocalDate b1, LocalDate e1, LocalDate b2, LocalDate e2) {
        LocalDate min = LocalDate.MIN;
        LocalDate max = LocalDate.MAX;
        LocalDate start1 = b1 == null ? min : b1;
        LocalDate end1 = e1 == null ? max : e1;
        LocalDate start2 = b2 == null ? min : b2;
        LocalDate end2 = e2 == null ? max : e2;
        return !start1.isAfter(end2) && !start2.isAfter(end1);
    }
}
