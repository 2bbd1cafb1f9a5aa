package nl.zgw.documenten.informatieobject;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Blokken;
import nl.zgw.shared.sql.Where;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over {@code informatieobject}, its versions and its numbers (ADR 0013, ADR 0015). */
@ApplicationScoped
public class InformatieObjectStore {

    static final String COLUMNS = "io.uuid, io.bronorganisatie, io.identificatie, io.informatieobjecttype, "
            + "io.vertrouwelijkheidaanduiding, io.vertrouwelijkheid_rank, io.versie, io.lock, io.trefwoorden";
    static final String VERSIE_COLUMNS = "v.informatieobject, v.versie, v.begin_registratie, v.data, v.inhoud, "
            + "v.bestandsomvang, v.sha256";

    /** The condition on {@code io} that its latest version is ready for publication (1.7). */
    public static final String GEREED_VOOR_PUBLICATIE = "EXISTS (SELECT 1 FROM informatieobject_versie g "
            + "WHERE g.informatieobject = io.uuid AND g.versie = io.versie AND g.data ->> 'isGereedVoorPublicatie' = 'true')";

    /** A document with one of its versions. */
    public record Document(InformatieObjectRow row, VersieRow versie) {
    }

    private final Jdbc jdbc;

    public InformatieObjectStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InformatieObjectRow> find(UUID uuid) {
        return jdbc.query("SELECT " + COLUMNS + " FROM informatieobject io WHERE io.uuid = ?", List.of(uuid), this::row)
                .stream().findFirst();
    }

    public Optional<InformatieObjectRow> lock(UUID uuid) {
        return jdbc.query("SELECT " + COLUMNS + " FROM informatieobject io WHERE io.uuid = ? FOR UPDATE", List.of(uuid),
                this::row).stream().findFirst();
    }

    /**
     * The version asked: {@code versie} exactly, the last registered at or before {@code registratieOp},
     * both, or (neither) the latest.
     */
    public Optional<VersieRow> versie(UUID uuid, Integer versie, OffsetDateTime registratieOp) {
        Where where = new Where().and("v.informatieobject = ?", uuid);
        if (versie != null) {
            where.and("v.versie = ?", versie);
        }
        if (registratieOp != null) {
            where.and("v.begin_registratie <= ?", registratieOp);
        }
        return jdbc.query("SELECT " + VERSIE_COLUMNS + " FROM informatieobject_versie v" + where.sql()
                + " ORDER BY v.versie DESC LIMIT 1", where.params(), this::versie).stream().findFirst();
    }

    public long count(Where where) {
        return jdbc.queryLong("SELECT count(*) FROM informatieobject io" + where.sql(), where.params());
    }

    /**
     * The same number as {@link #count} for a {@code where} on nothing but the informatieobjecttype
     * and vertrouwelijkheid_rank (the authorisation filter), summed from the counts the triggers keep
     * (V4, ADR 0020): a few rows per type, however many documents there are.
     */
    public long countFromTelling(Where where) {
        return jdbc.queryLong("SELECT coalesce(sum(aantal), 0) FROM informatieobject_telling io" + where.sql(),
                where.params());
    }

    /**
     * A page of documents with their latest versions, in the order they were created. The page's
     * uuids are chosen first (from the index alone when the conditions are on indexed columns), then
     * only those documents are joined to their versions.
     */
    public List<Document> page(Where where, long offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + ", " + VERSIE_COLUMNS + " FROM (SELECT io.uuid AS gekozen, io.volgorde "
                + "FROM informatieobject io" + where.sql() + " ORDER BY io.volgorde" + Where.page(offset, limit) + ") AS pagina "
                + "JOIN informatieobject io ON io.uuid = pagina.gekozen "
                + "JOIN informatieobject_versie v ON v.informatieobject = io.uuid AND v.versie = io.versie "
                + "ORDER BY pagina.volgorde", where.params(), this::document);
    }

    /**
     * A page of every document, however deep: from the block of volgorde values it starts in
     * ({@code informatieobject_blok}, V7; {@link Blokken}), past fewer than 8192 documents.
     */
    public List<Document> pageOngefilterd(long offset, int limit) {
        Blokken.Start start = Blokken.start(jdbc, "informatieobject_blok", offset);
        return page(new Where().and("io.volgorde >= ?", start.vanaf()), start.offset(), limit);
    }

    public void insert(InformatieObjectRow r) {
        jdbc.update("INSERT INTO informatieobject (uuid, bronorganisatie, identificatie, informatieobjecttype, "
                        + "vertrouwelijkheidaanduiding, vertrouwelijkheid_rank, versie, lock, trefwoorden) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.uuid(), r.bronorganisatie(), r.identificatie(),
                r.informatieobjecttype(), r.vertrouwelijkheidaanduiding(), r.vertrouwelijkheidRank(), r.versie(), r.lock(),
                r.trefwoorden());
    }

    public void update(InformatieObjectRow r) {
        jdbc.update("UPDATE informatieobject SET bronorganisatie = ?, identificatie = ?, informatieobjecttype = ?, "
                        + "vertrouwelijkheidaanduiding = ?, vertrouwelijkheid_rank = ?, versie = ?, lock = ?, trefwoorden = ? "
                        + "WHERE uuid = ?", r.bronorganisatie(), r.identificatie(), r.informatieobjecttype(),
                r.vertrouwelijkheidaanduiding(), r.vertrouwelijkheidRank(), r.versie(), r.lock(), r.trefwoorden(), r.uuid());
    }

    public void insert(VersieRow v) {
        jdbc.update("INSERT INTO informatieobject_versie (informatieobject, versie, begin_registratie, data, inhoud, "
                        + "bestandsomvang, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)", v.informatieobject(), v.versie(),
                v.beginRegistratie(), jdbc.jsonb(v.data()), v.inhoud(), v.bestandsomvang(), v.sha256());
    }

    /** A version's content changes in place (the parts of a large file assembled on unlock). */
    public void inhoud(UUID uuid, int versie, String inhoud, Long bestandsomvang, String sha256) {
        jdbc.update("UPDATE informatieobject_versie SET inhoud = ?, bestandsomvang = ?, sha256 = ? "
                + "WHERE informatieobject = ? AND versie = ?", inhoud, bestandsomvang, sha256, uuid, versie);
    }

    /** A version's data changes in place (drc-006: indicatieGebruiksrecht follows the gebruiksrechten). */
    public void data(VersieRow v) {
        jdbc.update("UPDATE informatieobject_versie SET data = ? WHERE informatieobject = ? AND versie = ?",
                jdbc.jsonb(v.data()), v.informatieobject(), v.versie());
    }

    public void lock(UUID uuid, String lock) {
        jdbc.update("UPDATE informatieobject SET lock = ? WHERE uuid = ?", lock, uuid);
    }

    /** Deletes the document with its versions, parts, gebruiksrechten and audit trail; the content keys it had. */
    public List<String> delete(UUID uuid) {
        List<String> sleutels = new ArrayList<>(jdbc.query("SELECT DISTINCT inhoud FROM informatieobject_versie "
                + "WHERE informatieobject = ? AND inhoud IS NOT NULL", List.of(uuid), rs -> rs.getString(1)));
        sleutels.addAll(jdbc.query("SELECT inhoud FROM bestandsdeel WHERE informatieobject = ? AND inhoud IS NOT NULL",
                List.of(uuid), rs -> rs.getString(1)));
        jdbc.update("DELETE FROM informatieobject WHERE uuid = ?", uuid);
        return sleutels;
    }

    public boolean identificatieBestaat(String bronorganisatie, String identificatie) {
        return jdbc.queryLong("SELECT count(*) FROM informatieobject WHERE bronorganisatie = ? AND identificatie = ?",
                List.of(bronorganisatie, identificatie)) > 0;
    }

    /**
     * The next number of the bronorganisatie in {@code jaar}, from its sequence (V5): concurrent
     * creations do not wait for each other; a number of a creation that fails is not given again.
     */
    public long volgendNummer(String bronorganisatie, int jaar) {
        return jdbc.queryLong("SELECT documentnummer_volgende(?, ?)", List.of(bronorganisatie, jaar));
    }

    public boolean gereedVoorPublicatie(UUID uuid) {
        return jdbc.queryLong("SELECT count(*) FROM informatieobject io WHERE io.uuid = ? AND " + GEREED_VOOR_PUBLICATIE,
                List.of(uuid)) > 0;
    }

    public long aantalGebruiksrechten(UUID uuid) {
        return jdbc.queryLong("SELECT count(*) FROM gebruiksrecht WHERE informatieobject = ?", List.of(uuid));
    }

    /** Whether zaken, besluiten or verzoeken still relate to the document (drc-008). */
    public boolean heeftRelaties(UUID uuid) {
        return jdbc.queryLong("SELECT count(*) FROM objectinformatieobject WHERE informatieobject = ?", List.of(uuid)) > 0;
    }

    private InformatieObjectRow row(ResultSet rs) throws SQLException {
        Array trefwoorden = rs.getArray(9);
        return new InformatieObjectRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8),
                trefwoorden == null ? List.of() : Arrays.asList((String[]) trefwoorden.getArray()));
    }

    private VersieRow versie(ResultSet rs) throws SQLException {
        return versie(rs, 0);
    }

    private VersieRow versie(ResultSet rs, int offset) throws SQLException {
        long omvang = rs.getLong(offset + 6);
        Long bestandsomvang = rs.wasNull() ? null : omvang;
        return new VersieRow(rs.getObject(offset + 1, UUID.class), rs.getInt(offset + 2),
                rs.getObject(offset + 3, OffsetDateTime.class), jdbc.object(rs.getString(offset + 4)),
                rs.getString(offset + 5), bestandsomvang, rs.getString(offset + 7));
    }

    private Document document(ResultSet rs) throws SQLException {
        return new Document(row(rs), versie(rs, 9));
    }
}
