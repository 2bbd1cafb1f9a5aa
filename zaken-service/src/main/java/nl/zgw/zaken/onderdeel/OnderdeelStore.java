package nl.zgw.zaken.onderdeel;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Where;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL over {@code zaak_onderdeel}. Lists join their zaak ({@code z}) so that the
 * authorisation condition on zaaktype and vertrouwelijkheid runs in the same query; the object
 * itself is {@code o}.
 */
@ApplicationScoped
public class OnderdeelStore {

    private static final String COLUMNS = "o.uuid, o.soort, o.zaak, o.type, o.sleutel, o.subsoort, o.moment, o.data";
    private static final String FROM = " FROM zaak_onderdeel o JOIN zaak z ON z.uuid = o.zaak";

    /** One object of a zaak, as the zaak's representation lists it. */
    public record Entry(UUID zaak, Soort soort, UUID uuid) {
    }

    private final Jdbc jdbc;

    public OnderdeelStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OnderdeelRow> find(Soort soort, UUID uuid) {
        return query("SELECT " + COLUMNS + " FROM zaak_onderdeel o WHERE o.uuid = ? AND " + is(soort),
                List.of(uuid)).stream().findFirst();
    }

    /** The objects of one kind with these uuids, in one query. */
    public List<OnderdeelRow> findAll(Soort soort, Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        Where where = new Where().in("o.uuid", uuids).and(is(soort));
        return query("SELECT " + COLUMNS + " FROM zaak_onderdeel o" + where.sql() + " ORDER BY o.volgorde", where.params());
    }

    public long count(Soort soort, Where where) {
        Where all = new Where().and(is(soort));
        return jdbc.queryLong("SELECT count(*)" + FROM + and(all, where).sql(), and(all, where).params());
    }

    public List<OnderdeelRow> page(Soort soort, Where where, long offset, int limit) {
        Where all = and(new Where().and(is(soort)), where);
        return query("SELECT " + COLUMNS + FROM + all.sql() + " ORDER BY o.volgorde" + Where.page(offset, limit),
                all.params());
    }

    /** The objects of one kind of a zaak, oldest first. */
    public List<OnderdeelRow> ofZaak(Soort soort, UUID zaak) {
        return query("SELECT " + COLUMNS + " FROM zaak_onderdeel o WHERE o.zaak = ? AND " + is(soort)
                + " ORDER BY o.volgorde", List.of(zaak));
    }

    /**
     * What the representations of these zaken list of their objects, in one query: per zaak its
     * resultaat, rollen, zaakobjecten, zaakeigenschappen and zaakinformatieobjecten in the order they
     * were registered, and the status last set (the latest moment; of two at the same moment the one
     * registered last; one without a moment counts as the latest). The query asks for
     * every object of the zaken and sorts them out here: with the kinds in the condition as well,
     * PostgreSQL descended the index once per zaak and kind (500 descents for a page of 100) and
     * planned the statement anew on every call. For one zaak the condition is {@code zaak = ?}, whose
     * plan PostgreSQL keeps; with {@code = ANY(?)} it planned every detail read again (~0.1 ms of
     * its CPU, more than running it).
     */
    public Overzicht overzicht(Collection<UUID> zaken) {
        if (zaken.isEmpty()) {
            return new Overzicht(List.of(), Map.of());
        }
        Where vanZaken = new Where().in("zaak", zaken);
        List<Entry> entries = new ArrayList<>();
        Map<UUID, Rij> latest = new HashMap<>();
        for (Rij rij : jdbc.query("SELECT zaak, soort, uuid, moment FROM zaak_onderdeel" + vanZaken.sql()
                        + " ORDER BY volgorde", vanZaken.params(),
                rs -> new Rij(new Entry(rs.getObject(1, UUID.class), Soort.of(rs.getString(2)),
                        rs.getObject(3, UUID.class)), rs.getObject(4, OffsetDateTime.class)))) {
            if (rij.entry().soort() == Soort.STATUS) {
                // rows come in registration order: a later one at the same moment wins, and a
                // status without a moment sorts as the latest (as ORDER BY moment DESC does)
                latest.merge(rij.entry().zaak(), rij, (huidig, later) -> later.moment() != null
                        && (huidig.moment() == null || later.moment().isBefore(huidig.moment())) ? huidig : later);
            } else if (IN_REPRESENTATIE.contains(rij.entry().soort())) {
                entries.add(rij.entry());
            }
        }
        Map<UUID, UUID> latestStatus = new HashMap<>();
        latest.forEach((zaak, status) -> latestStatus.put(zaak, status.entry().uuid()));
        return new Overzicht(entries, latestStatus);
    }

    private record Rij(Entry entry, OffsetDateTime moment) {
    }

    /** The kinds of object a zaak's representation lists (besides its status). */
    private static final java.util.Set<Soort> IN_REPRESENTATIE = java.util.EnumSet.of(Soort.RESULTAAT, Soort.ROL,
            Soort.ZAAKOBJECT, Soort.ZAAKEIGENSCHAP, Soort.ZAAKINFORMATIEOBJECT);

    /** The objects zaken list, in registration order, and per zaak the uuid of its latest status. */
    public record Overzicht(List<Entry> entries, Map<UUID, UUID> latestStatus) {
    }

    /** The zaakinformatieobjecten that name these statussen (by URL), as (status URL, zaakinformatieobject uuid), in one query. */
    public List<String[]> zaakinformatieobjectenVan(Collection<String> statussen) {
        if (statussen.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT data ->> 'status', uuid FROM zaak_onderdeel WHERE soort = 'zaakinformatieobject' "
                + "AND data ->> 'status' = ANY(?) ORDER BY volgorde", List.of(List.copyOf(statussen)),
                rs -> new String[] {rs.getString(1), rs.getString(2)});
    }

    /** The statussen of these zaken set by these rollen (gezetdoor), as (rol URL, status uuid), in one query. */
    public List<String[]> gezetDoor(Collection<UUID> zaken, Collection<String> rollen) {
        if (rollen.isEmpty()) {
            return List.of();
        }
        Where where = new Where().and("soort = 'status'").in("zaak", zaken).in("data ->> 'gezetdoor'", rollen);
        return jdbc.query("SELECT data ->> 'gezetdoor', uuid FROM zaak_onderdeel" + where.sql() + " ORDER BY volgorde",
                where.params(),
                rs -> new String[] {rs.getString(1), rs.getString(2)});
    }

    /** Whether the zaak has an object of this kind with this {@code sleutel} (a relation's other object), by index. */
    public boolean bestaat(Soort soort, UUID zaak, String sleutel) {
        return jdbc.queryLong("SELECT count(*) FROM zaak_onderdeel o WHERE o.zaak = ? AND o.sleutel = ? AND " + is(soort),
                List.of(zaak, sleutel)) > 0;
    }

    /** Whether any of these zaken has a zaakbesluit. */
    public boolean heeftZaakbesluiten(Collection<UUID> zaken) {
        return jdbc.queryLong("SELECT count(*) FROM zaak_onderdeel WHERE zaak = ANY(?) AND soort = 'zaakbesluit'",
                List.of(List.copyOf(zaken))) > 0;
    }

    public void insert(OnderdeelRow r) {
        jdbc.update("INSERT INTO zaak_onderdeel (uuid, soort, zaak, type, sleutel, subsoort, moment, data) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(r.uuid(), r.soort().resource(), r.zaak(), r.type(),
                r.sleutel(), r.subsoort(), r.moment(), jdbc.jsonb(r.data())));
    }

    public void update(OnderdeelRow r) {
        jdbc.update("UPDATE zaak_onderdeel SET type = ?, sleutel = ?, subsoort = ?, moment = ?, data = ? WHERE uuid = ?",
                Arrays.asList(r.type(), r.sleutel(), r.subsoort(), r.moment(), jdbc.jsonb(r.data()), r.uuid()));
    }

    public void delete(UUID uuid) {
        jdbc.update("DELETE FROM zaak_onderdeel WHERE uuid = ?", List.of(uuid));
    }

    /** The query plan of a page, to show the lists stay indexed. */
    public String plan(Soort soort, Where where, int limit) {
        Where all = and(new Where().and(is(soort)), where);
        return jdbc.explain("SELECT " + COLUMNS + FROM + all.sql() + " ORDER BY o.volgorde" + Where.page(0, limit),
                all.params());
    }

    /**
     * {@code o.soort = '<soort>'} written into the SQL (an enum constant, never client input): a
     * bound parameter would keep the partial indexes ({@code WHERE soort = 'rol'}) out of generic plans.
     */
    private static String is(Soort soort) {
        return "o.soort = '" + soort.resource() + "'";
    }

    private static Where and(Where first, Where second) {
        return new Where().and(first).and(second);
    }

    private List<OnderdeelRow> query(String sql, List<Object> params) {
        return jdbc.query(sql, params, this::row);
    }

    private OnderdeelRow row(ResultSet rs) throws SQLException {
        return new OnderdeelRow(rs.getObject(1, UUID.class), Soort.of(rs.getString(2)), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                jdbc.object(rs.getString(8)));
    }
}
