package nl.zgw.besluiten.besluit;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Blokken;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Where;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static nl.zgw.shared.sql.Jdbc.date;
import static nl.zgw.shared.sql.Jdbc.local;

/** Plain SQL over {@code besluit}, {@code besluitnummer} and {@code besluitidentificatie} (ADR 0013). */
@ApplicationScoped
public class BesluitStore {

    static final String COLUMNS = "b.uuid, b.identificatie, b.verantwoordelijke_organisatie, b.besluittype, b.zaak, "
            + "b.datum, b.ingangsdatum, b.vervaldatum, b.data";

    private final Jdbc jdbc;

    public BesluitStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BesluitRow> find(UUID uuid) {
        return jdbc.query("SELECT " + COLUMNS + " FROM besluit b WHERE b.uuid = ?", List.of(uuid), this::row)
                .stream().findFirst();
    }

    public Optional<BesluitRow> lock(UUID uuid) {
        return jdbc.query("SELECT " + COLUMNS + " FROM besluit b WHERE b.uuid = ? FOR UPDATE", List.of(uuid), this::row)
                .stream().findFirst();
    }

    /** How many besluiten match {@code where} (conditions on {@code b}). */
    public long count(Where where) {
        return jdbc.queryLong("SELECT count(*) FROM besluit b" + where.sql(), where.params());
    }

    /**
     * The same number as {@link #count} for a {@code where} on nothing but {@code b.besluittype}
     * (the authorisation filter), summed from the counts the triggers keep (V4, ADR 0020).
     */
    public long countFromTelling(Where where) {
        return jdbc.queryLong("SELECT coalesce(sum(aantal), 0) FROM besluit_telling b" + where.sql(), where.params());
    }

    /**
     * A page of the besluiten matching {@code where}, in the order they were created: the page's
     * uuids are chosen first (from the index alone where the conditions allow), then only its rows read.
     */
    public List<BesluitRow> page(Where where, long offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM (SELECT b.uuid AS gekozen, b.volgorde AS positie FROM besluit b"
                + where.sql() + " ORDER BY b.volgorde" + Where.page(offset, limit) + ") AS pagina JOIN besluit b "
                + "ON b.uuid = pagina.gekozen ORDER BY pagina.positie", where.params(), this::row);
    }

    /**
     * A page of every besluit, however deep: from the block of volgorde values it starts in
     * ({@code besluit_blok}, V5; {@link Blokken}), past fewer than 8192 besluiten.
     */
    public List<BesluitRow> pageOngefilterd(long offset, int limit) {
        Blokken.Start start = Blokken.start(jdbc, "besluit_blok", offset);
        return page(new Where().and("b.volgorde >= ?", start.vanaf()), start.offset(), limit);
    }

    public void insert(BesluitRow r) {
        jdbc.update("INSERT INTO besluit (uuid, identificatie, verantwoordelijke_organisatie, besluittype, zaak, datum, "
                        + "ingangsdatum, vervaldatum, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.uuid(), r.identificatie(),
                r.verantwoordelijkeOrganisatie(), r.besluittype(), r.zaak(), date(r.datum()), date(r.ingangsdatum()),
                date(r.vervaldatum()), jdbc.jsonb(r.data()));
    }

    public void update(BesluitRow r) {
        jdbc.update("UPDATE besluit SET identificatie = ?, verantwoordelijke_organisatie = ?, besluittype = ?, zaak = ?, "
                        + "datum = ?, ingangsdatum = ?, vervaldatum = ?, data = ? WHERE uuid = ?", r.identificatie(),
                r.verantwoordelijkeOrganisatie(), r.besluittype(), r.zaak(), date(r.datum()), date(r.ingangsdatum()),
                date(r.vervaldatum()), jdbc.jsonb(r.data()), r.uuid());
    }

    /** Deletes the besluit with its audit trail (cascading in the database); its identificatie stays taken. */
    public void delete(UUID uuid) {
        jdbc.update("DELETE FROM besluit WHERE uuid = ?", uuid);
    }

    /**
     * Claims an identificatie for a besluit of {@code verantwoordelijkeOrganisatie}; false when it was
     * ever given before (to any besluit, also a deleted one).
     */
    public boolean claim(String verantwoordelijkeOrganisatie, String identificatie) {
        return jdbc.queryLong("WITH claimed AS (INSERT INTO besluitidentificatie (verantwoordelijke_organisatie, "
                + "identificatie) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*) FROM claimed",
                List.of(verantwoordelijkeOrganisatie, identificatie)) == 1;
    }

    /** Gives an identificatie back: only for a besluit that was withdrawn before it was ever announced. */
    public void geefVrij(String verantwoordelijkeOrganisatie, String identificatie) {
        jdbc.update("DELETE FROM besluitidentificatie WHERE verantwoordelijke_organisatie = ? AND identificatie = ?",
                verantwoordelijkeOrganisatie, identificatie);
    }

    /** The next besluitnummer of an organisation in a year: only goes up, never handed out twice. */
    public long volgendNummer(String verantwoordelijkeOrganisatie, int jaar) {
        return jdbc.queryLong("INSERT INTO besluitnummer (verantwoordelijke_organisatie, jaar, laatste) VALUES (?, ?, 1) "
                + "ON CONFLICT (verantwoordelijke_organisatie, jaar) DO UPDATE SET laatste = besluitnummer.laatste + 1 "
                + "RETURNING laatste", List.of(verantwoordelijkeOrganisatie, jaar));
    }

    /** Moves the counter past the highest BESLUIT-&lt;jaar&gt;-&lt;10 digits&gt; already given (by hand). */
    public void slaGegevenNummersOver(String verantwoordelijkeOrganisatie, int jaar) {
        jdbc.update("UPDATE besluitnummer SET laatste = greatest(laatste, coalesce((SELECT max(substring(identificatie, 14)"
                        + "::bigint) FROM besluitidentificatie WHERE verantwoordelijke_organisatie = ? AND identificatie ~ ?), 0)) "
                        + "WHERE verantwoordelijke_organisatie = ? AND jaar = ?",
                List.of(verantwoordelijkeOrganisatie, "^BESLUIT-" + jaar + "-[0-9]{10}$", verantwoordelijkeOrganisatie, jaar));
    }

    private BesluitRow row(ResultSet rs) throws SQLException {
        return new BesluitRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), local(rs.getDate(6)), local(rs.getDate(7)), local(rs.getDate(8)),
                jdbc.object(rs.getString(9)));
    }
}
