package nl.zgw.shared.sql;

import java.util.List;

/**
 * Deep pages of an unfiltered list in creation order (ADR 0020): a table of counts per block of
 * {@value #GROOTTE} consecutive {@code volgorde} values, kept by triggers in the transaction that
 * inserts or deletes rows (as {@code zaak_blok}, Zaken V13), tells in which block the row at an
 * offset lies and how many rows come before that block. The page then scans the ordering index
 * from that block on, past fewer than {@value #GROOTTE} rows, instead of stepping over every row
 * before it. It holds only while {@code volgorde} never changes (a trigger refuses it).
 */
public final class Blokken {

    /** Consecutive volgorde values per block. */
    public static final long GROOTTE = 8192;

    /** Where a page starts: at the first row with {@code volgorde >= vanaf}, {@code offset} rows on. */
    public record Start(long vanaf, long offset) {
    }

    private Blokken() {
    }

    /**
     * Whether a page at this offset is worth starting from the blocks (before the first block's end
     * the offset scan is as short).
     */
    public static boolean diep(long offset) {
        return offset >= GROOTTE;
    }

    /** The start of the page at {@code offset}, from the counts in {@code tabel} (blok, slot, aantal). */
    public static Start start(Jdbc jdbc, String tabel, long offset) {
        return jdbc.query("SELECT blok, voor FROM (SELECT blok, sum(aantal) OVER (ORDER BY blok) - aantal AS voor "
                        + "FROM (SELECT blok, sum(aantal) AS aantal FROM " + tabel + " GROUP BY blok) AS per_blok) AS opgeteld "
                        + "WHERE voor <= ? ORDER BY blok DESC LIMIT 1", List.of(offset),
                rs -> new Start(rs.getLong(1) * GROOTTE, offset - rs.getLong(2))).stream().findFirst()
                .orElse(new Start(0, offset));
    }
}
