package nl.zgw.zaken.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.util.PGobject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Plain SQL on the connection of the current JTA transaction, for the stores of this service:
 * parameters bound in order (a collection becomes a {@code uuid[]} or {@code text[]}), JSON as jsonb.
 */
@ApplicationScoped
public class Jdbc {

    /** A WHERE clause: conditions joined with AND, with their parameters in order. */
    public static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        public Where and(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(Arrays.asList(values));
            return this;
        }

        /** Adds every condition of {@code other}. */
        public Where and(Where other) {
            conditions.addAll(other.conditions);
            params.addAll(other.params);
            return this;
        }

        /** The conditions joined with AND, {@code true} when there are none. */
        public String joined() {
            return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
        }

        public boolean isEmpty() {
            return conditions.isEmpty();
        }

        public String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        public List<Object> params() {
            return params;
        }
    }

    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    public interface Reader {
        void read(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;
    private final ObjectMapper json;

    public Jdbc(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public <T> List<T> query(String sql, List<Object> params, RowReader<T> rows) {
        List<T> out = new ArrayList<>();
        run(sql, params, rs -> {
            while (rs.next()) {
                out.add(rows.read(rs));
            }
        });
        return out;
    }

    public long queryLong(String sql, List<Object> params) {
        long[] out = new long[1];
        run(sql, params, rs -> {
            rs.next();
            out[0] = rs.getLong(1);
        });
        return out[0];
    }

    /** The lines of {@code EXPLAIN (ANALYZE, COSTS OFF)} for a query. */
    public String explain(String sql, List<Object> params) {
        StringBuilder plan = new StringBuilder();
        run("EXPLAIN (ANALYZE, COSTS OFF) " + sql, params, rs -> {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        });
        return plan.toString();
    }

    public void run(String sql, List<Object> params, Reader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public int update(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public PGobject jsonb(ObjectNode data) {
        try {
            PGobject value = new PGobject();
            value.setType("jsonb");
            value.setValue(json.writeValueAsString(data));
            return value;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode object(String stored) {
        try {
            return (ObjectNode) json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored JSON", e);
        }
    }

    public static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    public static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Collection<?> values) {
                Object first = values.stream().findFirst().orElse(null);
                ps.setArray(i++, ps.getConnection().createArrayOf(first instanceof UUID ? "uuid" : "text", values.toArray()));
            } else {
                ps.setObject(i++, p);
            }
        }
    }
}
