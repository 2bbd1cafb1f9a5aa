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

    /**
     * True when an object of {@code typeUrl} at level {@code va} may be seen; the same decision as
     * {@link #sql}: a grant with a maximum never admits an object without a level.
     */
    public boolean permits(String typeUrl, Vertrouwelijkheidaanduiding va) {
        return all || grants.stream().anyMatch(g -> g.typeUrl() != null && g.typeUrl().equals(typeUrl)
                && (g.maxVertrouwelijkheidaanduiding() == null
                || va != null && va.atMost(g.maxVertrouwelijkheidaanduiding())));
    }

    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("[a-z_][a-z0-9_.]*");

    /**
     * A SQL condition over a type column (the type URL as stored) and a rank column (the
     * {@link Vertrouwelijkheidaanduiding#rank()} of the object; {@code null} when the resource has
     * no level), with positional {@code ?} parameters in {@link SqlCondition#parameters()}.
     * Grants of one type collapse to their highest level, so the condition stays one
     * {@code (type = ? AND rank <= ?)} per type; an index on {@code (type, rank)} serves it.
     */
    public SqlCondition sql(String typeColumn, String rankColumn) {
        requireColumns(typeColumn, rankColumn);
        if (all) {
            return new SqlCondition("TRUE", List.of());
        }
        List<SqlCondition> perType = perType(typeColumn, rankColumn);
        if (perType.isEmpty()) {
            return new SqlCondition("FALSE", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (SqlCondition condition : perType) {
            parts.add(condition.sql());
            params.addAll(condition.parameters());
        }
        return new SqlCondition("(" + String.join(" OR ", parts) + ")", params);
    }

    /**
     * The condition of {@link #sql} split per type, in the same order: one {@code (type = ? AND rank
     * <= ?)} per allowed type, whose OR is that condition; empty when no type is allowed. Only for a
     * client that is not allowed every type ({@link #all()} false: then there is no condition).
     */
    public List<SqlCondition> perType(String typeColumn, String rankColumn) {
        requireColumns(typeColumn, rankColumn);
        if (all) {
            throw new IllegalStateException("every type is allowed: there is no condition per type");
        }
        // per type the highest maximum; a grant without a maximum (no level on that resource) has no bound
        java.util.Map<String, Integer> maxPerType = new java.util.TreeMap<>();
        java.util.Set<String> unbounded = new java.util.TreeSet<>();
        for (Grant g : grants) {
            if (g.typeUrl() == null) {
                continue;
            }
            if (g.maxVertrouwelijkheidaanduiding() == null) {
                unbounded.add(g.typeUrl());
            } else {
                maxPerType.merge(g.typeUrl(), g.maxVertrouwelijkheidaanduiding().rank(), Math::max);
            }
        }
        unbounded.forEach(maxPerType::remove);
        List<SqlCondition> perType = new ArrayList<>();
        unbounded.forEach(type -> perType.add(new SqlCondition("(" + typeColumn + " = ?)", List.of(type))));
        maxPerType.forEach((type, rank) -> perType.add(rankColumn == null
                ? new SqlCondition("(" + typeColumn + " = ?)", List.of(type))
                : new SqlCondition("(" + typeColumn + " = ? AND " + rankColumn + " <= ?)", List.of(type, rank))));
        return perType;
    }

    private static void requireColumns(String typeColumn, String rankColumn) {
        if (!COLUMN.matcher(typeColumn).matches() || rankColumn != null && !COLUMN.matcher(rankColumn).matches()) {
            throw new IllegalArgumentException("not a column name: " + typeColumn + ", " + rankColumn);
        }
    }

    /** A SQL boolean expression and its positional parameters. */
    public record SqlCondition(String sql, List<Object> parameters) {
    }
}
