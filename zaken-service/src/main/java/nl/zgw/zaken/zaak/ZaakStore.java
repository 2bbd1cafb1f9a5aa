package nl.zgw.zaken.zaak;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Blokken;
import nl.zgw.shared.sql.Where;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static nl.zgw.shared.sql.Jdbc.date;
import static nl.zgw.shared.sql.Jdbc.local;

/** Plain SQL over {@code zaak}, {@code zaakidentificatie} and the zaaknummer sequences. */
@ApplicationScoped
public class ZaakStore {

    static final String COLUMNS = "uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
            + "vertrouwelijkheid_rank, startdatum, registratiedatum, einddatum, einddatum_gepland, "
            + "uiterlijke_einddatum_afdoening, archiefnominatie, archiefstatus, archiefactiedatum, hoofdzaak, data";

    private final Jdbc jdbc;

    public ZaakStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ZaakRow> find(UUID uuid) {
        return query("SELECT " + COLUMNS + " FROM zaak WHERE uuid = ?", List.of(uuid)).stream().findFirst();
    }

    public List<ZaakRow> findAll(Collection<UUID> uuids) {
        Where where = new Where().in("uuid", uuids);
        return uuids.isEmpty() ? List.of() : query("SELECT " + COLUMNS + " FROM zaak" + where.sql(), where.params());
    }

    /** Those of {@code uuids} the client may read: the authorisation filter runs in the query. */
    public List<ZaakRow> findReadable(Collection<UUID> uuids, AllowedTypes.SqlCondition allowed) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        Where where = new Where().in("uuid", uuids).and(allowed.sql(), allowed.parameters().toArray());
        return query("SELECT " + COLUMNS + " FROM zaak" + where.sql(), where.params());
    }

    /** The closed zaken that name {@code zaakUrl} among their relevanteAndereZaken, locked. */
    public List<ZaakRow> lockClosedNaming(String zaakUrl) {
        String containing = "[{\"url\": \"" + zaakUrl.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]";
        return query("SELECT " + COLUMNS + " FROM zaak WHERE einddatum IS NOT NULL "
                + "AND data -> 'relevanteAndereZaken' @> cast(? as jsonb) ORDER BY uuid FOR UPDATE", List.of(containing));
    }

    public Optional<ZaakRow> lock(UUID uuid) {
        return query("SELECT " + COLUMNS + " FROM zaak WHERE uuid = ? FOR UPDATE", List.of(uuid)).stream().findFirst();
    }

    public long count(Where where) {
        return jdbc.queryLong("SELECT count(*) FROM zaak" + where.sql(), where.params());
    }

    /**
     * The counts the triggers keep (ADR 0020), each per {@code vertrouwelijkheid_rank} and its own
     * columns: a few rows per key, however many zaken there are. The smaller table first, so that a
     * list it can count sums its fewer rows.
     */
    public enum Telling {
        /** V11, V15. */
        PER_TYPE("zaak_telling", Set.of("zaaktype", "bronorganisatie")),
        /** V17. */
        PER_ARCHIEFSTAAT("zaak_archief_telling", Set.of("zaaktype", "bronorganisatie", "archiefnominatie", "archiefstatus"));

        private final String table;
        private final Set<String> columns;

        Telling(String table, Set<String> columns) {
            this.table = table;
            this.columns = columns;
        }

        /** The kept counts that can count {@code where} (conditions of equality on their columns only), if any. */
        public static Optional<Telling> voor(Where where) {
            return Arrays.stream(values()).filter(t -> where.onlyEqualityOn(t.columns)).findFirst();
        }
    }

    /**
     * The same number as {@link #count}, summed from {@code telling}: {@code where} holds nothing but
     * conditions on its columns and {@code vertrouwelijkheid_rank}.
     */
    public long count(Telling telling, Where where) {
        return jdbc.queryLong("SELECT coalesce(sum(aantal), 0) FROM " + telling.table + where.sql(), where.params());
    }

    /** The query plan (EXPLAIN ANALYZE) of a page and of its count, to show that lists stay indexed. */
    public String plan(Where where, String orderBy, long offset, int limit) {
        return jdbc.explain(pageUuidsSql(where, orderBy, offset, limit), where.params()) + "--- count\n"
                + jdbc.explain("SELECT count(*) FROM zaak" + where.sql(), where.params());
    }

    /** The query plan (EXPLAIN ANALYZE) of choosing a page. */
    public String plan(Keuze keuze) {
        return jdbc.explain(keuze.sql(), keuze.params());
    }

    /**
     * Every zaak that matches, in order, with its zaakgeometrie (GeoJSON): the candidates of a
     * spatial search, whose {@code where} already holds the bounding-box condition.
     */
    public List<Candidate> candidates(Where where, String orderBy) {
        return jdbc.query("SELECT uuid, data -> 'zaakgeometrie' FROM zaak" + where.sql() + " ORDER BY " + orderBy,
                where.params(), rs -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2)));
    }

    /** A zaak of a spatial search and its zaakgeometrie as stored. */
    public record Candidate(UUID uuid, String zaakgeometrie) {
    }

    /**
     * Which zaken a page holds, as a subquery choosing their uuids ({@code gekozen}), and the order
     * to show them in. The page's rows are read in the same statement as the choice ({@link #rows},
     * {@link #alsTekst}): one snapshot, so a zaak changed or deleted meanwhile is shown as it was
     * when it matched the list's conditions (the authorisation filter among them), or not at all.
     */
    public record Keuze(String sql, List<Object> params, String orderBy) {
    }

    /**
     * A page of the zaken matching {@code where}: its uuids chosen from the index alone (the indexes
     * on the ordering carry the uuid: an index-only scan past the offset).
     */
    public Keuze keuze(Where where, String orderBy, long offset, int limit) {
        return new Keuze(pageUuidsSql(where, orderBy, offset, limit), where.params(), orderBy);
    }

    /**
     * A page of the unfiltered list in its default order (volgorde), however deep: the block it
     * starts in is found from the counts per block ({@code zaak_blok}, V13; {@link Blokken}), the
     * index is scanned from that block on, past fewer than 8192 zaken.
     */
    public Keuze keuzeOngefilterd(long offset, int limit) {
        Blokken.Start start = Blokken.start(jdbc, "zaak_blok", offset);
        return new Keuze("SELECT uuid FROM zaak WHERE volgorde >= ? ORDER BY volgorde" + Where.page(start.offset(), limit),
                List.of(start.vanaf()), "volgorde");
    }

    /**
     * A page, in the default order, of the zaken of a client allowed a few zaaktypen and asking
     * nothing else: per zaaktype its first {@code offset + limit} zaken, read in order from
     * {@code zaak_autorisatie_idx} (zaaktype, volgorde) alone, merged in order (a Merge Append). With
     * the authorisation filter as one OR, PostgreSQL walked the whole ordering index and read every
     * zaak from the table to test its zaaktype: ~1,900 zaken for a page of 100 when the client may
     * see 5 of 100 zaaktypen (6.8 ms against 0.3 ms, 1.28M zaken). {@code perZaaktype} are the parts
     * of that OR (one zaaktype each, so no zaak is in two of them); {@code rest} holds what applies
     * to all of them (maximaleVertrouwelijkheidaanduiding).
     */
    public Keuze keuzePerZaaktype(List<nl.zgw.shared.auth.AllowedTypes.SqlCondition> perZaaktype, Where rest,
                                  long offset, int limit) {
        List<String> takken = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (nl.zgw.shared.auth.AllowedTypes.SqlCondition zaaktype : perZaaktype) {
            Where tak = new Where().and(zaaktype.sql(), zaaktype.parameters().toArray()).and(rest);
            takken.add("(SELECT uuid, volgorde FROM zaak" + tak.sql() + " ORDER BY volgorde" + Where.page(0,
                    Math.toIntExact(offset + limit)) + ")");
            params.addAll(tak.params());
        }
        return new Keuze("SELECT uuid FROM (" + String.join(" UNION ALL ", takken)
                + ") AS per_zaaktype ORDER BY volgorde" + Where.page(offset, limit), params, "volgorde");
    }

    /**
     * These zaken (the matches of a spatial search) as long as they still match {@code where} (the
     * list's conditions, the authorisation filter among them), shown in {@code orderBy}.
     */
    public Keuze keuze(List<UUID> uuids, Where where, String orderBy) {
        Where chosen = new Where().in("uuid", uuids).and(where);
        return new Keuze("SELECT uuid FROM zaak" + chosen.sql(), chosen.params(), orderBy);
    }

    private static String pageUuidsSql(Where where, String orderBy, long offset, int limit) {
        return "SELECT uuid FROM zaak" + where.sql() + " ORDER BY " + orderBy + Where.page(offset, limit);
    }

    /** The zaken of a page, in order. */
    public List<ZaakRow> rows(Keuze keuze) {
        return query(pageSql("SELECT " + COLUMNS, keuze), keuze.params());
    }

    /** A stored zaak as a list writes it (ZaakWeergave): what is computed from columns, and the JSON as text. */
    public record AlsTekst(UUID uuid, java.time.LocalDate einddatum, UUID hoofdzaak, String data) {
    }

    /** The zaken of a page as text, in order. */
    public List<AlsTekst> alsTekst(Keuze keuze) {
        return jdbc.query(pageSql("SELECT uuid, einddatum, hoofdzaak, data", keuze), keuze.params(),
                rs -> new AlsTekst(rs.getObject(1, UUID.class), local(rs.getDate(2)), rs.getObject(3, UUID.class),
                        rs.getString(4)));
    }

    private static String pageSql(String select, Keuze keuze) {
        return select + " FROM (" + keuze.sql() + ") AS pagina (gekozen) JOIN zaak ON zaak.uuid = pagina.gekozen "
                + "ORDER BY " + keuze.orderBy();
    }

    /** The deelzaken of a (locked) hoofdzaak, locked in a fixed order; the condition is checked again under the lock. */
    public List<ZaakRow> lockDeelzaken(UUID hoofdzaak) {
        return query("SELECT " + COLUMNS + " FROM zaak WHERE hoofdzaak = ? ORDER BY uuid FOR UPDATE", List.of(hoofdzaak));
    }

    /** The deelzaken of these zaken, as (hoofdzaak, deelzaak) pairs, in one query. */
    public List<UUID[]> deelzaken(Collection<UUID> hoofdzaken) {
        if (hoofdzaken.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT hoofdzaak, uuid FROM zaak WHERE hoofdzaak = ANY(?) ORDER BY volgorde",
                List.of(hoofdzaken), rs -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
    }

    /**
     * Claims an identificatie for a zaak: free, or reserved and not yet used. False when it was ever
     * used before (by any zaak, also a deleted one).
     */
    public boolean claim(String bronorganisatie, String identificatie) {
        return jdbc.queryLong("WITH claimed AS (INSERT INTO zaakidentificatie (bronorganisatie, identificatie, gebruikt) "
                + "VALUES (?, ?, true) ON CONFLICT (bronorganisatie, identificatie) DO UPDATE SET gebruikt = true "
                + "WHERE zaakidentificatie.gebruikt = false RETURNING 1) SELECT count(*) FROM claimed",
                List.of(bronorganisatie, identificatie)) == 1;
    }

    /**
     * Claims a newly generated identificatie for a zaak; false when it was used or reserved before
     * (a reservation is kept for the one who reserved it, unlike {@link #claim}).
     */
    public boolean claimNew(String bronorganisatie, String identificatie) {
        return jdbc.queryLong("WITH claimed AS (INSERT INTO zaakidentificatie (bronorganisatie, identificatie, gebruikt) "
                + "VALUES (?, ?, true) ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*) FROM claimed",
                List.of(bronorganisatie, identificatie)) == 1;
    }

    /** Reserves an identificatie (not yet used); false when it exists already. */
    public boolean reserve(String bronorganisatie, String identificatie) {
        return jdbc.queryLong("WITH reserved AS (INSERT INTO zaakidentificatie (bronorganisatie, identificatie, gebruikt) "
                + "VALUES (?, ?, false) ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*) FROM reserved",
                List.of(bronorganisatie, identificatie)) == 1;
    }


    /**
     * The next zaaknummer of a bronorganisatie in a year from its sequence (V14): does not wait for
     * other creations (only the very first number of a bronorganisatie in a year waits until its
     * sequence is created), and is not given back when the creation fails.
     */
    public long nextNumber(String bronorganisatie, int jaar) {
        return jdbc.queryLong("SELECT zaaknummer_volgende(?, ?)", List.of(bronorganisatie, jaar));
    }

    /** Moves the sequence past the highest ZAAK-<jaar>-<10 digits> already used or reserved. */
    public void skipTaken(String bronorganisatie, int jaar) {
        jdbc.queryLong("SELECT zaaknummer_voorbij_gegeven(?, ?)", List.of(bronorganisatie, jaar));
    }

    public void insert(ZaakRow r) {
        List<Object> values = values(r);
        values.add(Geometrie.bbox(r.data().get("zaakgeometrie")));
        jdbc.update("INSERT INTO zaak (" + COLUMNS + ", zaakgeometrie_bbox) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
    }

    public void update(ZaakRow r) {
        List<Object> values = values(r);
        Object uuid = values.remove(0);
        values.add(Geometrie.bbox(r.data().get("zaakgeometrie")));
        values.add(uuid);
        jdbc.update("UPDATE zaak SET identificatie = ?, bronorganisatie = ?, zaaktype = ?, vertrouwelijkheidaanduiding = ?, "
                + "vertrouwelijkheid_rank = ?, startdatum = ?, registratiedatum = ?, einddatum = ?, einddatum_gepland = ?, "
                + "uiterlijke_einddatum_afdoening = ?, archiefnominatie = ?, archiefstatus = ?, archiefactiedatum = ?, "
                + "hoofdzaak = ?, data = ?, zaakgeometrie_bbox = ? WHERE uuid = ?", values);
    }

    public void delete(UUID uuid) {
        jdbc.update("DELETE FROM zaak WHERE uuid = ?", List.of(uuid));
    }

    private List<Object> values(ZaakRow r) {
        return new ArrayList<>(Arrays.asList(r.uuid(), r.identificatie(), r.bronorganisatie(), r.zaaktype(),
                r.vertrouwelijkheidaanduiding(), r.vertrouwelijkheidRank(), date(r.startdatum()),
                date(r.registratiedatum()), date(r.einddatum()), date(r.einddatumGepland()),
                date(r.uiterlijkeEinddatumAfdoening()), r.archiefnominatie(), r.archiefstatus(),
                date(r.archiefactiedatum()), r.hoofdzaak(), jdbc.jsonb(r.data())));
    }

    private List<ZaakRow> query(String sql, List<Object> params) {
        return jdbc.query(sql, params, rs -> new ZaakRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getInt(6), local(rs.getDate(7)), local(rs.getDate(8)),
                local(rs.getDate(9)), local(rs.getDate(10)), local(rs.getDate(11)), rs.getString(12), rs.getString(13),
                local(rs.getDate(14)), rs.getObject(15, UUID.class), jdbc.object(rs.getString(16))));
    }
}
