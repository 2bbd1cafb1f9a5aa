package nl.zgw.shared.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.postgresql.util.PGobject;

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
import javax.sql.DataSource;

/**
 * Plain SQL on the connection of the current JTA transaction (callers are {@code @Transactional}),
 * for the stores that keep typed columns plus jsonb (ADR 0013): parameters bound in order (a
 * collection becomes a {@code uuid[]} or {@code text[]}), JSON as jsonb, every failure a
 * {@link DatabaseException} with the {@link SQLException} as its cause.
 */
@ApplicationScoped
public class Jdbc {

    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    public interface Reader {
        void read(ResultSet rs) throws SQLException;
    }

    private final Instance<DataSource> dataSource;
    private final ObjectMapper json;
    private static final ObjectMapper STORED = new ObjectMapper();
    private final Counter statements;

    public Jdbc(Instance<DataSource> dataSource, ObjectMapper json, Instance<MeterRegistry> registry) {
        this.dataSource = dataSource;
        this.json = json;
        this.statements = registry.isResolvable() ? Counter.builder("zgw.sql.statements")
                .description("SQL statements the stores of this service sent to PostgreSQL").register(registry.get()) : null;
    }

    /** How many statements this service's stores have sent (the {@code zgw_sql_statements_total} metric). */
    public double statements() {
        return statements == null ? 0 : statements.count();
    }

    public <T> List<T> query(String sql, List<?> params, RowReader<T> rows) {
        List<T> out = new ArrayList<>();
        run(sql, params, rs -> {
            while (rs.next()) {
                out.add(rows.read(rs));
            }
        });
        return out;
    }

    public long queryLong(String sql, List<?> params) {
        long[] out = new long[1];
        run(sql, params, rs -> {
            rs.next();
            out[0] = rs.getLong(1);
        });
        return out[0];
    }

    /** The lines of {@code EXPLAIN (ANALYZE, COSTS OFF)} for a query. */
    public String explain(String sql, List<?> params) {
        StringBuilder plan = new StringBuilder();
        run("EXPLAIN (ANALYZE, COSTS OFF) " + sql, params, rs -> {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        });
        return plan.toString();
    }

    public void run(String sql, List<?> params, Reader reader) {
        count();
        try (Connection c = dataSource.get().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** An INSERT, UPDATE or DELETE; the number of rows it touched. */
    public int update(String sql, List<?> params) {
        count();
        try (Connection c = dataSource.get().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** As {@link #update(String, List)}, with the parameters listed (null allowed). */
    public int update(String sql, Object... params) {
        return update(sql, Arrays.asList(params));
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

    /**
     * What this service stored itself, read back as a tree: with a plain reader, not the API's mapper,
     * whose checks on incoming JSON (no NUL characters, GeenNul) the stored data passed when it came in.
     * A page of zaken reads a hundred of these.
     */
    public ObjectNode object(String stored) {
        try {
            return (ObjectNode) STORED.readTree(stored);
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

    private void count() {
        if (statements != null) {
            statements.increment();
        }
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
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
