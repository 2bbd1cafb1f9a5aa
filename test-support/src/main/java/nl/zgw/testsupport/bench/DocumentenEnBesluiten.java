package nl.zgw.testsupport.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Documents and besluiten for the benchmark, loaded through SQL into the Documenten and Besluiten
 * APIs' own schemas as copies of a document (with its latest version; the copies share its stored
 * content) and a besluit the demo made through the APIs: their identificatie replaced, the
 * document's vertrouwelijkheid spread over the eight levels. A second run loads only what is missing.
 */
final class DocumentenEnBesluiten {

    private static final String[] VERTROUWELIJKHEID = {"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk",
            "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim"};
    private static final long BATCH = 100_000;

    /** What was loaded: the document and besluit copied (their uuids), and how many of each there are now. */
    record Geladen(UUID document, boolean documentHeeftInhoud, long documenten, UUID besluit, long besluiten) {
    }

    private DocumentenEnBesluiten() {
    }

    static Geladen load(Connection db, long wanted) throws SQLException {
        UUID document = first(db, "SELECT io.uuid FROM documenten.informatieobject io JOIN documenten.informatieobject_versie v "
                + "ON v.informatieobject = io.uuid AND v.versie = io.versie WHERE io.identificatie NOT LIKE 'BENCH-%' "
                + "AND io.lock IS NULL ORDER BY (v.inhoud IS NOT NULL) DESC, io.volgorde LIMIT 1");
        UUID besluit = first(db, "SELECT uuid FROM besluiten.besluit WHERE identificatie NOT LIKE 'BENCH-%' "
                + "ORDER BY volgorde LIMIT 1");
        if (document == null || besluit == null) {
            throw new IllegalStateException("no document or besluit to copy: run scripts/suite.sh demo first");
        }
        boolean inhoud = first(db, "SELECT v.informatieobject FROM documenten.informatieobject_versie v "
                + "JOIN documenten.informatieobject io ON io.uuid = v.informatieobject AND io.versie = v.versie "
                + "WHERE io.uuid = '" + document + "' AND v.inhoud IS NOT NULL") != null;
        long documenten = fill(db, "documenten", "documenten.informatieobject", wanted, (from, to) -> {
            try (PreparedStatement rows = db.prepareStatement(
                    "INSERT INTO documenten.informatieobject (uuid, bronorganisatie, identificatie, informatieobjecttype, "
                            + "vertrouwelijkheidaanduiding, vertrouwelijkheid_rank, versie, trefwoorden) "
                            + "SELECT gen_random_uuid(), t.bronorganisatie, 'BENCH-' || i, t.informatieobjecttype, "
                            + "(?::varchar[])[1 + (i % 8)::int], i % 8, t.versie, t.trefwoorden "
                            + "FROM generate_series(?::bigint, ?::bigint) AS i, documenten.informatieobject t WHERE t.uuid = ?");
                 PreparedStatement versies = db.prepareStatement(
                         "INSERT INTO documenten.informatieobject_versie (informatieobject, versie, begin_registratie, data, "
                                 + "inhoud, bestandsomvang, sha256) "
                                 + "SELECT io.uuid, v.versie, v.begin_registratie, v.data || jsonb_build_object('identificatie', "
                                 + "io.identificatie, 'vertrouwelijkheidaanduiding', io.vertrouwelijkheidaanduiding), "
                                 + "v.inhoud, v.bestandsomvang, v.sha256 "
                                 + "FROM documenten.informatieobject io, documenten.informatieobject t, "
                                 + "documenten.informatieobject_versie v WHERE t.uuid = ? AND v.informatieobject = t.uuid "
                                 + "AND v.versie = t.versie AND io.bronorganisatie = t.bronorganisatie "
                                 + "AND io.identificatie = ANY (SELECT 'BENCH-' || i FROM generate_series(?::bigint, ?::bigint) AS i)")) {
                rows.setArray(1, db.createArrayOf("varchar", VERTROUWELIJKHEID));
                rows.setLong(2, from);
                rows.setLong(3, to);
                rows.setObject(4, document);
                long added = rows.executeUpdate();
                versies.setObject(1, document);
                versies.setLong(2, from);
                versies.setLong(3, to);
                versies.executeUpdate();
                return added;
            }
        });
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM ANALYZE documenten.informatieobject_versie");
        }
        long besluiten = fill(db, "besluiten", "besluiten.besluit", wanted, (from, to) -> {
            try (PreparedStatement rows = db.prepareStatement(
                    "INSERT INTO besluiten.besluit (uuid, identificatie, verantwoordelijke_organisatie, besluittype, zaak, "
                            + "datum, ingangsdatum, vervaldatum, data) "
                            + "SELECT gen_random_uuid(), 'BENCH-' || i, t.verantwoordelijke_organisatie, t.besluittype, t.zaak, "
                            + "t.datum, t.ingangsdatum, t.vervaldatum, t.data || jsonb_build_object('identificatie', 'BENCH-' || i) "
                            + "FROM generate_series(?::bigint, ?::bigint) AS i, besluiten.besluit t WHERE t.uuid = ?")) {
                rows.setLong(1, from);
                rows.setLong(2, to);
                rows.setObject(3, besluit);
                return rows.executeUpdate();
            }
        });
        return new Geladen(document, inhoud, documenten, besluit, besluiten);
    }

    /** One batch: the copies numbered {@code from} to {@code to}; returns how many were added. */
    private interface Batch {
        long insert(long from, long to) throws SQLException;
    }

    private static long fill(Connection db, String what, String table, long wanted, Batch batch) throws SQLException {
        long present;
        long next;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), "
                + "coalesce(max(substring(identificatie from 7)::bigint), 0) FROM " + table + " WHERE identificatie LIKE 'BENCH-%'")) {
            rs.next();
            present = rs.getLong(1);
            next = rs.getLong(2);
        }
        if (present < wanted) {
            long started = System.nanoTime();
            for (long from = next + 1; present < wanted; from += BATCH) {
                long to = from + Math.min(BATCH, wanted - present) - 1;
                db.setAutoCommit(false); // a batch whole or not at all (a document with its version)
                present += batch.insert(from, to);
                db.commit();
                db.setAutoCommit(true);
                System.out.printf(Locale.ROOT, "loaded %,d of %,d %s (%.0f s)%n", present, wanted, what,
                        (System.nanoTime() - started) / 1e9);
            }
            try (Statement s = db.createStatement()) {
                s.execute("VACUUM ANALYZE " + table);
            }
        } else {
            System.out.printf(Locale.ROOT, "%,d %s loaded before; nothing to add%n", present, what);
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static UUID first(Connection db, String query) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getObject(1, UUID.class) : null;
        }
    }
}
