package nl.zgw.documenten.objectinformatieobject;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Where;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over {@code objectinformatieobject}; lists join the document to filter on what the client may read. */
@ApplicationScoped
public class ObjectInformatieObjectStore {

    /** A relation as stored. */
    public record Row(UUID uuid, UUID informatieobject, String object, String objectType) {
    }

    private static final String COLUMNS = "o.uuid, o.informatieobject, o.object, o.object_type";

    private final Jdbc jdbc;

    public ObjectInformatieObjectStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(UUID uuid) {
        return jdbc.query("SELECT " + COLUMNS + " FROM objectinformatieobject o WHERE o.uuid = ?", List.of(uuid),
                ObjectInformatieObjectStore::row).stream().findFirst();
    }

    public List<Row> all(Where where) {
        return jdbc.query("SELECT " + COLUMNS + " FROM objectinformatieobject o JOIN informatieobject io "
                + "ON io.uuid = o.informatieobject" + where.sql() + " ORDER BY o.volgorde", where.params(),
                ObjectInformatieObjectStore::row);
    }

    public boolean bestaat(UUID informatieobject, String object) {
        return jdbc.queryLong("SELECT count(*) FROM objectinformatieobject WHERE informatieobject = ? AND object = ?",
                List.of(informatieobject, object)) > 0;
    }

    public void insert(Row r) {
        jdbc.update("INSERT INTO objectinformatieobject (uuid, informatieobject, object, object_type) VALUES (?, ?, ?, ?)",
                r.uuid(), r.informatieobject(), r.object(), r.objectType());
    }

    public void delete(UUID uuid) {
        jdbc.update("DELETE FROM objectinformatieobject WHERE uuid = ?", uuid);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4));
    }
}
