package nl.zgw.notificaties.kanaal;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Plain SQL over {@code kanaal} (ADR 0013): a kanaal is its naam, a documentation link and its kenmerken. */
@ApplicationScoped
public class KanaalStore {

    /** A kanaal as stored. */
    public record Rij(UUID uuid, String naam, String documentatieLink, List<String> filters) {
    }

    private static final String SELECT = "SELECT uuid, naam, documentatie_link, filters FROM kanaal";

    private final Jdbc jdbc;

    public KanaalStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kanaal by naam, or the one of this naam. */
    public List<Rij> list(String naam) {
        return naam == null
                ? jdbc.query(SELECT + " ORDER BY naam", List.of(), KanaalStore::rij)
                : jdbc.query(SELECT + " WHERE naam = ?", List.of(naam), KanaalStore::rij);
    }

    public Optional<Rij> find(UUID uuid) {
        return jdbc.query(SELECT + " WHERE uuid = ?", List.of(uuid), KanaalStore::rij).stream().findFirst();
    }

    /** The kenmerken each of these kanalen declares; a naam without kanaal is not in the map. */
    public Map<String, Set<String>> kenmerken(Collection<String> namen) {
        Map<String, Set<String>> declared = new HashMap<>();
        if (!namen.isEmpty()) {
            jdbc.run("SELECT naam, filters FROM kanaal WHERE naam = ANY(?)", List.of(List.copyOf(namen)), rs -> {
                while (rs.next()) {
                    declared.put(rs.getString(1), Set.copyOf(List.of(filters(rs, 2))));
                }
            });
        }
        return declared;
    }

    /** Holds registrations of this naam (in this schema: of this tenant) until the transaction ends. */
    public void lock(String naam) {
        jdbc.run("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '/' || ?))", List.of(naam), rs -> {
        });
    }

    public void insert(Rij kanaal) {
        jdbc.update("INSERT INTO kanaal (uuid, naam, documentatie_link, filters) VALUES (?, ?, ?, ?)",
                kanaal.uuid(), kanaal.naam(), kanaal.documentatieLink(), kanaal.filters().toArray(String[]::new));
    }

    private static Rij rij(ResultSet rs) throws SQLException {
        return new Rij(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), List.of(filters(rs, 4)));
    }

    private static String[] filters(ResultSet rs, int column) throws SQLException {
        return (String[]) rs.getArray(column).getArray();
    }
}
