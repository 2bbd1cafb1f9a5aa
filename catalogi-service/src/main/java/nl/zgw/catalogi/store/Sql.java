package nl.zgw.catalogi.store;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from filters: fragments joined with AND, and their parameters in order. */
public final class Sql {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public Sql and(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** Adds every condition of {@code other}. */
    public Sql and(Sql other) {
        conditions.addAll(other.conditions);
        params.addAll(other.params);
        return this;
    }

    /** {@code column = ANY(values)}; matches nothing for no values. */
    public Sql in(String column, java.util.Collection<?> values) {
        if (values.isEmpty()) {
            return none();
        }
        return and(column + " = ANY(?)", values);
    }

    /** A condition that matches nothing, for a filter value that can match no row (e.g. a foreign URL). */
    public Sql none() {
        conditions.add("false");
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public List<Object> params() {
        return params;
    }
}
