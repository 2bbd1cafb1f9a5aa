package nl.zgw.besluiten.besluitinformatieobject;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Where;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL over {@code besluitinformatieobject}; lists join the besluit ({@code b}) to filter on
 * the besluittypen the client may read in the same query.
 */
@ApplicationScoped
public class BesluitInformatieObjectStore {

    /** A relation as stored, with its besluit's besluittype (for authorisation). */
    public record Rij(UUID uuid, UUID besluit, String informatieobject, String besluittype) {
    }

    private static final String SELECT = "SELECT bio.uuid, bio.besluit, bio.informatieobject, b.besluittype "
            + "FROM besluitinformatieobject bio JOIN besluit b ON b.uuid = bio.besluit";

    private final Jdbc jdbc;

    public BesluitInformatieObjectStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Rij> find(UUID uuid) {
        return jdbc.query(SELECT + " WHERE bio.uuid = ?", List.of(uuid), this::rij).stream().findFirst();
    }

    /** Those matching {@code where} (on {@code bio} and {@code b}), in the order they were made. */
    public List<Rij> all(Where where) {
        return jdbc.query(SELECT + where.sql() + " ORDER BY bio.volgorde", where.params(), this::rij);
    }

    public boolean bestaat(UUID besluit, String informatieobject) {
        return jdbc.queryLong("SELECT count(*) FROM besluitinformatieobject WHERE besluit = ? AND informatieobject = ?",
                List.of(besluit, informatieobject)) > 0;
    }

    /** The documents of these besluiten, as (relation uuid, document URL, besluit uuid). */
    public List<Rij> vanBesluiten(Collection<UUID> besluiten) {
        return jdbc.query(SELECT + " WHERE bio.besluit = ANY(?) ORDER BY bio.volgorde", List.of(List.copyOf(besluiten)),
                this::rij);
    }

    public void insert(UUID uuid, UUID besluit, String informatieobject) {
        jdbc.update("INSERT INTO besluitinformatieobject (uuid, besluit, informatieobject) VALUES (?, ?, ?)",
                List.of(uuid, besluit, informatieobject));
    }

    public void delete(UUID uuid) {
        jdbc.update("DELETE FROM besluitinformatieobject WHERE uuid = ?", List.of(uuid));
    }

    private Rij rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rij(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4));
    }
}
