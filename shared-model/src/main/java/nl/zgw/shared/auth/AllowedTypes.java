package nl.zgw.shared.auth;

import java.util.ArrayList;
import java.util.List;

/**
 * The objects a client may see for one scope: all, or those of listed types up to a maximum
 * vertrouwelijkheidaanduiding. Turns into a SQL condition so lists are filtered in the database,
 * never in memory.
 */
public record AllowedTypes(boolean all, List<Grant> grants) {

    public static final AllowedTypes ALL = new AllowedTypes(true, List.of());

    public AllowedTypes {
        grants = List.copyOf(grants);
    }

    /** True when an object of {@code typeUrl} at level {@code va} may be seen. */
    public boolean permits(String typeUrl, Vertrouwelijkheidaanduiding va) {
        return all || grants.stream().anyMatch(g -> g.typeUrl() != null && g.typeUrl().equals(typeUrl)
                && (g.maxVertrouwelijkheidaanduiding() == null || va == null
                || va.atMost(g.maxVertrouwelijkheidaanduiding())));
    }

    /**
     * A SQL condition over a type column (the type URL as stored) and a rank column (the
     * {@link Vertrouwelijkheidaanduiding#rank()} of the object; {@code null} when the resource has
     * no level), with positional {@code ?} parameters in {@link SqlCondition#parameters()}.
     * Grants of one type collapse to their highest level, so the condition stays one
     * {@code (type = ? AND rank <= ?)} per type; an index on {@code (type, rank)} serves it.
     */
    public SqlCondition sql(String typeColumn, String rankColumn) {
        if (all) {
            return new SqlCondition("TRUE", List.of());
        }
        java.util.Map<String, Integer> maxPerType = new java.util.TreeMap<>();
        for (Grant g : grants) {
            if (g.typeUrl() == null) {
                continue;
            }
            int rank = g.maxVertrouwelijkheidaanduiding() == null ? Vertrouwelijkheidaanduiding.ZEER_GEHEIM.rank()
                    : g.maxVertrouwelijkheidaanduiding().rank();
            maxPerType.merge(g.typeUrl(), rank, Math::max);
        }
        if (maxPerType.isEmpty()) {
            return new SqlCondition("FALSE", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        maxPerType.forEach((type, rank) -> {
            parts.add(rankColumn == null ? "(" + typeColumn + " = ?)"
                    : "(" + typeColumn + " = ? AND " + rankColumn + " <= ?)");
            params.add(type);
            if (rankColumn != null) {
                params.add(rank);
            }
        });
        return new SqlCondition("(" + String.join(" OR ", parts) + ")", params);
    }

    /** A SQL boolean expression and its positional parameters. */
    public record SqlCondition(String sql, List<Object> parameters) {
    }
}
