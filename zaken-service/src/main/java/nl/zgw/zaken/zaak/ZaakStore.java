package nl.zgw.zaken.zaak;

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
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over {@code zaak} and {@code zaaknummer}, on the connection of the current JTA transaction. */
@ApplicationScoped
public class ZaakStore {

    static final String COLUMNS = "uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
            + "vertrouwelijkheid_rank, startdatum, registratiedatum, einddatum, einddatum_gepland, "
            + "uiterlijke_einddatum_afdoening, archiefnominatie, archiefstatus, archiefactiedatum, hoofdzaak, data";

    /** A WHERE clause: conditions joined with AND, with their parameters in order. */
    public static final class Where {
        final List<String> conditions = new ArrayList<>();
        final List<Object> params = new ArrayList<>();

        public Where and(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(Arrays.asList(values));
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    private final DataSource dataSource;
    private final ObjectMapper json;

    public ZaakStore(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Optional<ZaakRow> find(UUID uuid) {
        return query("SELECT " + COLUMNS + " FROM zaak WHERE uuid = ?", List.of(uuid)).stream().findFirst();
    }

    public Optional<ZaakRow> lock(UUID uuid) {
        return query("SELECT " + COLUMNS + " FROM zaak WHERE uuid = ? FOR UPDATE", List.of(uuid)).stream().findFirst();
    }

    public long count(Where where) {
        return queryLong("SELECT count(*) FROM zaak" + where.sql(), where.params);
    }

    public List<ZaakRow> page(Where where, String orderBy, long offset, int limit) {
        List<Object> params = new ArrayList<>(where.params);
        params.add(offset);
        params.add(limit);
        return query("SELECT " + COLUMNS + " FROM zaak" + where.sql() + " ORDER BY " + orderBy + " OFFSET ? LIMIT ?",
                params);
    }

    /** The query plan (EXPLAIN ANALYZE) of a page and of its count, to show that lists stay indexed. */
    public String plan(Where where, String orderBy, long offset, int limit) {
        List<Object> params = new ArrayList<>(where.params);
        params.add(offset);
        params.add(limit);
        StringBuilder plan = new StringBuilder();
        Reader lines = rs -> {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        };
        run("EXPLAIN (ANALYZE, COSTS OFF) SELECT " + COLUMNS + " FROM zaak" + where.sql() + " ORDER BY " + orderBy
                + " OFFSET ? LIMIT ?", params, lines);
        plan.append("--- count\n");
        run("EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM zaak" + where.sql(), where.params, lines);
        return plan.toString();
    }

    /** The deelzaken of these zaken, as (hoofdzaak, deelzaak) pairs, in one query. */
    public List<UUID[]> deelzaken(Collection<UUID> hoofdzaken) {
        if (hoofdzaken.isEmpty()) {
            return List.of();
        }
        List<UUID[]> out = new ArrayList<>();
        run("SELECT hoofdzaak, uuid FROM zaak WHERE hoofdzaak = ANY(?) ORDER BY volgorde", List.of(hoofdzaken), rs -> {
            while (rs.next()) {
                out.add(new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
            }
        });
        return out;
    }

    /**
     * Claims an identificatie for a zaak: free, or reserved and not yet used. False when it was ever
     * used before (by any zaak, also a deleted one).
     */
    public boolean claim(String bronorganisatie, String identificatie) {
        return queryLong("WITH claimed AS (INSERT INTO zaakidentificatie (bronorganisatie, identificatie, gebruikt) "
                + "VALUES (?, ?, true) ON CONFLICT (bronorganisatie, identificatie) DO UPDATE SET gebruikt = true "
                + "WHERE zaakidentificatie.gebruikt = false RETURNING 1) SELECT count(*) FROM claimed",
                List.of(bronorganisatie, identificatie)) == 1;
    }

    /** Reserves an identificatie (not yet used); false when it exists already. */
    public boolean reserve(String bronorganisatie, String identificatie) {
        return queryLong("WITH reserved AS (INSERT INTO zaakidentificatie (bronorganisatie, identificatie, gebruikt) "
                + "VALUES (?, ?, false) ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*) FROM reserved",
                List.of(bronorganisatie, identificatie)) == 1;
    }


    /** The next zaaknummer of a bronorganisatie in a year: only goes up, never handed out twice. */
    public long nextNumber(String bronorganisatie, int jaar) {
        return queryLong("INSERT INTO zaaknummer (bronorganisatie, jaar, laatste) VALUES (?, ?, 1) "
                + "ON CONFLICT (bronorganisatie, jaar) DO UPDATE SET laatste = zaaknummer.laatste + 1 RETURNING laatste",
                List.of(bronorganisatie, jaar));
    }

    /** Moves the counter past the highest ZAAK-<jaar>-<10 digits> already used or reserved. */
    public void skipTaken(String bronorganisatie, int jaar) {
        update("UPDATE zaaknummer SET laatste = greatest(laatste, coalesce((SELECT max(substring(identificatie, 11)::bigint) "
                + "FROM zaakidentificatie WHERE bronorganisatie = ? AND identificatie ~ ?), 0)) "
                + "WHERE bronorganisatie = ? AND jaar = ?",
                List.of(bronorganisatie, "^ZAAK-" + jaar + "-[0-9]{10}$", bronorganisatie, jaar));
    }

    public void insert(ZaakRow r) {
        update("INSERT INTO zaak (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values(r));
    }

    public void update(ZaakRow r) {
        List<Object> values = values(r);
        Object uuid = values.remove(0);
        values.add(uuid);
        update("UPDATE zaak SET identificatie = ?, bronorganisatie = ?, zaaktype = ?, vertrouwelijkheidaanduiding = ?, "
                + "vertrouwelijkheid_rank = ?, startdatum = ?, registratiedatum = ?, einddatum = ?, einddatum_gepland = ?, "
                + "uiterlijke_einddatum_afdoening = ?, archiefnominatie = ?, archiefstatus = ?, archiefactiedatum = ?, "
                + "hoofdzaak = ?, data = ? WHERE uuid = ?", values);
    }

    public void delete(UUID uuid) {
        update("DELETE FROM zaak WHERE uuid = ?", List.of(uuid));
    }

    private List<Object> values(ZaakRow r) {
        return new ArrayList<>(Arrays.asList(r.uuid(), r.identificatie(), r.bronorganisatie(), r.zaaktype(),
                r.vertrouwelijkheidaanduiding(), r.vertrouwelijkheidRank(), date(r.startdatum()),
                date(r.registratiedatum()), date(r.einddatum()), date(r.einddatumGepland()),
                date(r.uiterlijkeEinddatumAfdoening()), r.archiefnominatie(), r.archiefstatus(),
                date(r.archiefactiedatum()), r.hoofdzaak(), jsonb(r.data())));
    }

    private ZaakRow row(ResultSet rs) throws SQLException {
        try {
            return new ZaakRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getInt(6), local(rs.getDate(7)), local(rs.getDate(8)), local(rs.getDate(9)),
                    local(rs.getDate(10)), local(rs.getDate(11)), rs.getString(12), rs.getString(13),
                    local(rs.getDate(14)), rs.getObject(15, UUID.class), (ObjectNode) json.readTree(rs.getString(16)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored zaak", e);
        }
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private PGobject jsonb(ObjectNode data) {
        try {
            PGobject value = new PGobject();
            value.setType("jsonb");
            value.setValue(json.writeValueAsString(data));
            return value;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Reader {
        void read(ResultSet rs) throws SQLException;
    }

    private List<ZaakRow> query(String sql, List<Object> params) {
        List<ZaakRow> out = new ArrayList<>();
        run(sql, params, rs -> {
            while (rs.next()) {
                out.add(row(rs));
            }
        });
        return out;
    }

    private long queryLong(String sql, List<Object> params) {
        long[] out = new long[1];
        run(sql, params, rs -> {
            rs.next();
            out[0] = rs.getLong(1);
        });
        return out[0];
    }

    private void run(String sql, List<Object> params, Reader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void update(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
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
