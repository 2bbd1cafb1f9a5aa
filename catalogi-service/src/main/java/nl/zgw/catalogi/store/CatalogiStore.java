package nl.zgw.catalogi.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Where;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL over {@code catalogus} and {@code catalogus_object}, on the connection of the current
 * JTA transaction (callers are {@code @Transactional}). Every list is one indexed query.
 */
@ApplicationScoped
public class CatalogiStore {

    private static final String COLUMNS =
            "uuid, soort, catalogus, zaaktype, sleutel, concept, begin_geldigheid, einde_geldigheid, data";

    private final Jdbc jdbc;

    public CatalogiStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // ---- catalogussen

    public record CatalogusRow(UUID uuid, String domein, String rsin, ObjectNode data) {
    }

    public Optional<CatalogusRow> catalogus(UUID uuid) {
        return queryCatalogi(new Where().and("uuid = ?", uuid), 0, 1).stream().findFirst();
    }

    public long countCatalogi(Where where) {
        return count("catalogus", where);
    }

    public List<CatalogusRow> queryCatalogi(Where where, long offset, int limit) {
        String sql = "SELECT uuid, domein, rsin, data FROM catalogus" + where.sql()
                + " ORDER BY volgorde" + Where.page(offset, limit);
        return query(sql, where.params(), rs -> new CatalogusRow(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3), jdbc.object(rs.getString(4))));
    }

    public void insertCatalogus(CatalogusRow row) {
        update("INSERT INTO catalogus (uuid, domein, rsin, data) VALUES (?, ?, ?, ?)",
                row.uuid(), row.domein(), row.rsin(), jdbc.jsonb(row.data()));
    }

    public void updateCatalogus(CatalogusRow row) {
        update("UPDATE catalogus SET domein = ?, rsin = ?, data = ? WHERE uuid = ?",
                row.domein(), row.rsin(), jdbc.jsonb(row.data()), row.uuid());
    }

    /** Whether another catalogus has this domein and rsin (the pair is unique). */
    public boolean catalogusExists(String domein, String rsin, UUID except) {
        Where where = new Where().and("domein = ?", domein).and("rsin = ?", rsin);
        if (except != null) {
            where.and("uuid <> ?", except);
        }
        return count("catalogus", where) > 0;
    }

    // ---- types

    public Optional<TypeRow> find(UUID uuid) {
        return query("SELECT " + COLUMNS + " FROM catalogus_object WHERE uuid = ?", List.of(uuid), this::row)
                .stream().findFirst();
    }

    public Optional<TypeRow> find(Soort soort, UUID uuid) {
        return find(uuid).filter(r -> r.soort() == soort);
    }

    /** The row, locked for the rest of the transaction. */
    public Optional<TypeRow> lock(Soort soort, UUID uuid) {
        return query("SELECT " + COLUMNS + " FROM catalogus_object WHERE uuid = ? FOR UPDATE", List.of(uuid),
                this::row).stream().filter(r -> r.soort() == soort).findFirst();
    }

    /**
     * The row with a share lock for the rest of the transaction: changes to the types of a zaaktype
     * hold it, so publishing (which locks the zaaktype for update) waits for them and they see it.
     */
    public Optional<TypeRow> lockShared(Soort soort, UUID uuid) {
        return query("SELECT " + COLUMNS + " FROM catalogus_object WHERE uuid = ? FOR SHARE", List.of(uuid),
                this::row).stream().filter(r -> r.soort() == soort).findFirst();
    }

    public long count(Soort soort, Where where) {
        return count("catalogus_object", new Where().and("soort = ?", soort.value()).and(where));
    }

    public List<TypeRow> query(Soort soort, Where where, long offset, int limit) {
        Where all = new Where().and("soort = ?", soort.value()).and(where);
        return query("SELECT " + COLUMNS + " FROM catalogus_object" + all.sql()
                + " ORDER BY volgorde" + Where.page(offset, limit), all.params(), this::row);
    }

    /** Every row matching {@code where} (for related rows of a page; bounded by the page's keys). */
    public List<TypeRow> all(Where where) {
        return query("SELECT " + COLUMNS + " FROM catalogus_object" + where.sql() + " ORDER BY volgorde",
                where.params(), this::row);
    }

    /**
     * The types of these zaaktypen with only the fields their zaaktype shows of them (the
     * informatieobjecttype a zaaktype-informatieobjecttype names, a statustype's volgnummer):
     * a page of zaaktypen reads its hundreds of children without their full JSON.
     */
    public List<TypeRow> children(Collection<UUID> zaaktypen) {
        Where where = new Where().in("zaaktype", zaaktypen);
        return query("SELECT uuid, soort, catalogus, zaaktype, sleutel, concept, begin_geldigheid, einde_geldigheid, "
                        + "jsonb_build_object('informatieobjecttype', data -> 'informatieobjecttype', "
                        + "'volgnummer', data -> 'volgnummer') FROM catalogus_object" + where.sql()
                        + " ORDER BY volgorde", where.params(), this::row);
    }

    /** The zaaktypen, informatieobjecttypen and besluittypen of catalogussen, without their JSON. */
    public List<TypeRow> typesOf(Collection<UUID> catalogi) {
        Where where = new Where().in("catalogus", catalogi).and("soort IN ('zaaktype', 'informatieobjecttype', 'besluittype')");
        return query("SELECT uuid, soort, catalogus, zaaktype, sleutel, concept, begin_geldigheid, einde_geldigheid, "
                + "'{}'::jsonb FROM catalogus_object" + where.sql() + " ORDER BY volgorde", where.params(), this::row);
    }

    public void insert(TypeRow row) {
        update("INSERT INTO catalogus_object (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.uuid(), row.soort().value(), row.catalogus(), row.zaaktype(), row.sleutel(), row.concept(),
                Jdbc.date(row.beginGeldigheid()), Jdbc.date(row.eindeGeldigheid()), jdbc.jsonb(row.data()));
    }

    public void update(TypeRow row) {
        update("UPDATE catalogus_object SET catalogus = ?, zaaktype = ?, sleutel = ?, concept = ?, "
                        + "begin_geldigheid = ?, einde_geldigheid = ?, data = ? WHERE uuid = ?",
                row.catalogus(), row.zaaktype(), row.sleutel(), row.concept(), Jdbc.date(row.beginGeldigheid()),
                Jdbc.date(row.eindeGeldigheid()), jdbc.jsonb(row.data()), row.uuid());
    }

    public void delete(UUID uuid) {
        update("DELETE FROM catalogus_object WHERE uuid = ?", uuid);
    }

    /**
     * A statustype or eigenschap is gone: the types of its zaaktype that named it (statustype of an
     * eigenschap or zaaktype-informatieobjecttype, eigenschappen of a statustype) no longer do.
     */
    public void dropReferences(TypeRow deleted, String url) {
        if (deleted.soort() == Soort.STATUSTYPE) {
            update("UPDATE catalogus_object SET data = jsonb_set(data, '{statustype}', 'null'::jsonb) "
                    + "WHERE zaaktype = ? AND data ->> 'statustype' = ?", deleted.zaaktype(), url);
        } else if (deleted.soort() == Soort.EIGENSCHAP) {
            update("UPDATE catalogus_object SET data = jsonb_set(data, '{eigenschappen}', (data -> 'eigenschappen') - ?) "
                    + "WHERE zaaktype = ? AND soort = 'statustype' AND jsonb_exists(data -> 'eigenschappen', ?)",
                    url, deleted.zaaktype(), url);
        }
    }

    /** Publishes a zaaktype, informatieobjecttype or besluittype; a zaaktype's own types follow it. */
    public void publish(UUID uuid) {
        update("UPDATE catalogus_object SET concept = false WHERE uuid = ? OR zaaktype = ?", uuid, uuid);
    }

    /**
     * The children of a zaaktype take its geldigheid where they set none of their own; called after
     * the zaaktype's dates change.
     */
    public void followGeldigheid(UUID zaaktype, LocalDate begin, LocalDate einde) {
        update("UPDATE catalogus_object SET "
                        + "begin_geldigheid = coalesce((data ->> 'beginGeldigheid')::date, ?), "
                        + "einde_geldigheid = coalesce((data ->> 'eindeGeldigheid')::date, ?) WHERE zaaktype = ?",
                Jdbc.date(begin), Jdbc.date(einde), zaaktype);
    }

    /**
     * Serialises changes to the versions of one identifying key in a catalogus (the geldigheid
     * overlap check reads, then writes), until the transaction ends. Keyed in this schema: another
     * tenant's catalogus never waits on it.
     */
    public void lockKey(UUID catalogus, Soort soort, String sleutel) {
        query("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || '/' || ?, 0))",
                List.of(catalogus + "/" + soort.value() + "/" + sleutel), rs -> null);
    }

    // ---- plumbing

    private long count(String table, Where where) {
        return query("SELECT count(*) FROM " + table + where.sql(), where.params(), rs -> rs.getLong(1)).get(0);
    }

    private TypeRow row(ResultSet rs) throws SQLException {
        return new TypeRow(rs.getObject(1, UUID.class), Soort.ofValue(rs.getString(2)).orElseThrow(),
                rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getBoolean(6),
                Jdbc.local(rs.getDate(7)), Jdbc.local(rs.getDate(8)), jdbc.object(rs.getString(9)));
    }

    private <T> List<T> query(String sql, List<?> params, Jdbc.RowReader<T> reader) {
        return jdbc.query(sql, params, reader);
    }

    private void update(String sql, Object... params) {
        jdbc.update(sql, params);
    }
}
