package nl.zgw.documenten.gebruiksrecht;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Where;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over {@code gebruiksrecht}; lists join the document to filter on what the client may read. */
@ApplicationScoped
public class GebruiksrechtStore {

    private static final String COLUMNS = "g.uuid, g.informatieobject, g.data";

    private final Jdbc jdbc;

    public GebruiksrechtStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<GebruiksrechtRow> find(UUID uuid) {
        return jdbc.query("SELECT " + COLUMNS + " FROM gebruiksrecht g WHERE g.uuid = ?", List.of(uuid), this::row)
                .stream().findFirst();
    }

    /** Those matching {@code where} (on {@code g} and its document {@code io}), in the order they were made. */
    public List<GebruiksrechtRow> all(Where where) {
        return jdbc.query("SELECT " + COLUMNS + " FROM gebruiksrecht g JOIN informatieobject io ON io.uuid = g.informatieobject"
                + where.sql() + " ORDER BY g.volgorde", where.params(), this::row);
    }

    public long aantal(UUID informatieobject) {
        return jdbc.queryLong("SELECT count(*) FROM gebruiksrecht WHERE informatieobject = ?", List.of(informatieobject));
    }

    public void insert(GebruiksrechtRow r, OffsetDateTime startdatum, OffsetDateTime einddatum) {
        jdbc.update("INSERT INTO gebruiksrecht (uuid, informatieobject, startdatum, einddatum, data) VALUES (?, ?, ?, ?, ?)",
                r.uuid(), r.informatieobject(), startdatum, einddatum, jdbc.jsonb(r.data()));
    }

    public void update(GebruiksrechtRow r, OffsetDateTime startdatum, OffsetDateTime einddatum) {
        jdbc.update("UPDATE gebruiksrecht SET startdatum = ?, einddatum = ?, data = ? WHERE uuid = ?", startdatum, einddatum,
                jdbc.jsonb(r.data()), r.uuid());
    }

    public void delete(UUID uuid) {
        jdbc.update("DELETE FROM gebruiksrecht WHERE uuid = ?", uuid);
    }

    private GebruiksrechtRow row(ResultSet rs) throws SQLException {
        return new GebruiksrechtRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), jdbc.object(rs.getString(3)));
    }
}
