package nl.zgw.zaken.onderdeel;

import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;

import java.util.Optional;
import java.util.UUID;

/** The list filters of the objects inside a zaak; an empty value filters nothing, as in the standard's APIs. */
public final class Filters {

    private final Where where = new Where();
    private final Onderdelen onderdelen;

    Filters(Onderdelen onderdelen) {
        this.onderdelen = onderdelen;
    }

    /** {@code zaak}: a zaak URL; the URL of another API matches nothing. */
    public Filters zaak(String value) {
        if (!empty(value)) {
            Optional<UUID> uuid = onderdelen.zaakUuid("zaak", value);
            if (uuid.isEmpty()) {
                where.and("false");
            } else {
                where.and("o.zaak = ?", uuid.get());
            }
        }
        return this;
    }

    public Filters eq(String column, String value) {
        if (!empty(value)) {
            where.and(column + " = ?", value);
        }
        return this;
    }

    Filters data(String field, String value) {
        if (!empty(value)) {
            where.and("o.data ->> '" + field + "' = ?", value);
        }
        return this;
    }

    /** {@code <field>__icontains}: the text field contains the value, case-insensitive. */
    Filters contains(String field, String value) {
        if (!empty(value)) {
            String escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.and("o.data ->> '" + field + "' ILIKE ?", "%" + escaped + "%");
        }
        return this;
    }

    /** A date-time filter: {@code expression operator value} ({@code =}, {@code >}, {@code >=}, ...). */
    Filters moment(String parameter, String expression, String operator, String value) {
        if (!empty(value)) {
            try {
                // without an offset: in the configured time zone, as in bodies
                where.and(expression + " " + operator + " ?", nl.zgw.shared.json.DatumTijd.lees(value));
            } catch (java.time.format.DateTimeParseException e) {
                throw ValidationException.of(parameter, "invalid", "Geef een datum en tijd (ISO 8601).");
            }
        }
        return this;
    }

    Filters bool(String parameter, String value, String whenTrue) {
        if (!empty(value)) {
            if (!"true".equals(value) && !"false".equals(value)) {
                throw ValidationException.of(parameter, "invalid", "Kies true of false.");
            }
            where.and(("true".equals(value) ? "" : "NOT ") + whenTrue);
        }
        return this;
    }

    Filters and(Where conditions) {
        where.and(conditions);
        return this;
    }

    Filters and(String condition, Object... params) {
        where.and(condition, params);
        return this;
    }

    Where where() {
        return where;
    }

    static boolean empty(String value) {
        return value == null || value.isEmpty();
    }
}
