package nl.zgw.documenten.bestandsdeel;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over {@code bestandsdeel}. */
@ApplicationScoped
public class BestandsdeelStore {

    private static final String COLUMNS = "uuid, informatieobject, volgnummer, omvang, inhoud";

    private final Jdbc jdbc;

    public BestandsdeelStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The parts of a document, in order. */
    public List<BestandsdeelRow> van(UUID informatieobject) {
        return jdbc.query("SELECT " + COLUMNS + " FROM bestandsdeel WHERE informatieobject = ? ORDER BY volgnummer",
                List.of(informatieobject), BestandsdeelStore::row);
    }

    /** The parts of these documents (one query for a page of them), in order. */
    public List<BestandsdeelRow> vanAlle(List<UUID> informatieobjecten) {
        return informatieobjecten.isEmpty() ? List.of() : jdbc.query("SELECT " + COLUMNS + " FROM bestandsdeel "
                + "WHERE informatieobject = ANY(?) ORDER BY informatieobject, volgnummer", List.of(informatieobjecten),
                BestandsdeelStore::row);
    }

    public Optional<BestandsdeelRow> find(UUID uuid) {
        return jdbc.query("SELECT " + COLUMNS + " FROM bestandsdeel WHERE uuid = ?", List.of(uuid), BestandsdeelStore::row)
                .stream().findFirst();
    }

    /**
     * Parts of {@code grootte} bytes for a file of {@code bestandsomvang} bytes (the last one the
     * remainder); a document's earlier parts are removed first with {@link #verwijder}.
     */
    public void maak(UUID informatieobject, long bestandsomvang, long grootte) {
        long rest = bestandsomvang;
        for (int volgnummer = 1; rest > 0; volgnummer++) {
            long omvang = Math.min(grootte, rest);
            jdbc.update("INSERT INTO bestandsdeel (uuid, informatieobject, volgnummer, omvang) VALUES (?, ?, ?, ?)",
                    UUID.randomUUID(), informatieobject, volgnummer, omvang);
            rest -= omvang;
        }
    }

    /** Removes the parts of a document; the content keys they had. */
    public List<String> verwijder(UUID informatieobject) {
        List<String> sleutels = new ArrayList<>(jdbc.query("SELECT inhoud FROM bestandsdeel WHERE informatieobject = ? "
                + "AND inhoud IS NOT NULL", List.of(informatieobject), rs -> rs.getString(1)));
        jdbc.update("DELETE FROM bestandsdeel WHERE informatieobject = ?", informatieobject);
        return sleutels;
    }

    public void inhoud(UUID uuid, String sleutel) {
        jdbc.update("UPDATE bestandsdeel SET inhoud = ? WHERE uuid = ?", sleutel, uuid);
    }

    private static BestandsdeelRow row(ResultSet rs) throws SQLException {
        return new BestandsdeelRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getLong(4),
                rs.getString(5));
    }
}
