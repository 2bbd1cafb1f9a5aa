package nl.zgw.documenten.verzending;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Where;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over {@code verzending}; lists join the document to filter on what the client may read. */
@ApplicationScoped
public class VerzendingStore {

    /** A verzending as stored: its document and its fields as written. */
    public record Row(UUID uuid, UUID informatieobject, ObjectNode data) {
    }

    private final Jdbc jdbc;

    public VerzendingStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(UUID uuid) {
        return jdbc.query("SELECT v.uuid, v.informatieobject, v.data FROM verzending v WHERE v.uuid = ?", List.of(uuid),
                this::row).stream().findFirst();
    }

    public long count(Where where) {
        return jdbc.queryLong("SELECT count(*) FROM verzending v JOIN informatieobject io ON io.uuid = v.informatieobject"
                + where.sql(), where.params());
    }

    public List<Row> page(Where where, long offset, int limit) {
        return jdbc.query("SELECT v.uuid, v.informatieobject, v.data FROM verzending v JOIN informatieobject io "
                + "ON io.uuid = v.informatieobject" + where.sql() + " ORDER BY v.volgorde"
                + Where.page(offset, limit), where.params(), this::row);
    }

    public void insert(Row r, String betrokkene, String aardRelatie) {
        jdbc.update("INSERT INTO verzending (uuid, informatieobject, betrokkene, aard_relatie, data) VALUES (?, ?, ?, ?, ?)",
                r.uuid(), r.informatieobject(), betrokkene, aardRelatie, jdbc.jsonb(r.data()));
    }

    public void update(Row r, String betrokkene, String aardRelatie) {
        jdbc.update("UPDATE verzending SET informatieobject = ?, betrokkene = ?, aard_relatie = ?, data = ? WHERE uuid = ?",
                r.informatieobject(), betrokkene, aardRelatie, jdbc.jsonb(r.data()), r.uuid());
    }

    public void delete(UUID uuid) {
        jdbc.update("DELETE FROM verzending WHERE uuid = ?", uuid);
    }

    private Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), jdbc.object(rs.getString(3)));
    }
}
