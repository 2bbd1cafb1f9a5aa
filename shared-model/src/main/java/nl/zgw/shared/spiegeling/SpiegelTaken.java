package nl.zgw.shared.spiegeling;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.sql.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tasks that keep mirrored relations in step (table {@code spiegeling} in the schema of a
 * service that leads relations, ADR 0016). A task is written in the transaction of the change it
 * follows, so no change is without one.
 * - {@code aanmaken}: the relation is stored, its mirror not known to exist; the request that made
 *   it finishes it at once, the repair only once it is older than {@code zgw.spiegeling.herstel-na}
 *   (a request still under way is never raced).
 * - {@code verwijderen}: the relation is gone, its mirror may not be.
 */
@ApplicationScoped
public class SpiegelTaken {

    public static final String AANMAKEN = "aanmaken";
    public static final String VERWIJDEREN = "verwijderen";
    private static final String COLUMNS = "uuid, soort, actie, bron, doel, pogingen";

    /** One task: the relation's uuid and kind, what to do, and the two objects it joins. */
    public record Taak(UUID uuid, String soort, String actie, String bron, String doel, int pogingen) {
    }

    private final Jdbc jdbc;
    private final ZgwConfig config;

    public SpiegelTaken(Jdbc jdbc, ZgwConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    /** A new relation whose mirror is still to be made. */
    public void aanmaken(UUID uuid, String soort, String bron, String doel) {
        jdbc.update("INSERT INTO spiegeling (uuid, soort, actie, bron, doel) VALUES (?, ?, 'aanmaken', ?, ?)",
                List.of(uuid, soort, bron, doel));
    }

    /** A relation that is gone, whose mirror is to go; replaces a creation still open (keeping its {@code sinds}). */
    public void verwijderen(UUID uuid, String soort, String bron, String doel) {
        jdbc.update("INSERT INTO spiegeling (uuid, soort, actie, bron, doel) VALUES (?, ?, 'verwijderen', ?, ?) "
                + "ON CONFLICT (uuid) DO UPDATE SET actie = 'verwijderen', volgende = now(), pogingen = 0, fout = NULL",
                List.of(uuid, soort, bron, doel));
    }

    /** Ends the task {@code actie} of this relation; false when it had no such task (any more). */
    public boolean afgerond(UUID uuid, String actie) {
        return jdbc.update("DELETE FROM spiegeling WHERE uuid = ? AND actie = ?", List.of(uuid, actie)) == 1;
    }

    /**
     * Ends a removal that found no mirror, when no creation of it can still be under way: its
     * {@code sinds} (kept from the creation it replaced) is older than {@code herstel-na}.
     */
    public boolean afgerondAlsOud(UUID uuid) {
        return jdbc.update("DELETE FROM spiegeling WHERE uuid = ? AND actie = 'verwijderen' AND sinds <= now() - ?::interval",
                List.of(uuid, interval(herstelNa()))) == 1;
    }

    /** The removals still open for a pair of objects of one kind. */
    public List<Taak> verwijderingen(String soort, String bron, String doel) {
        return jdbc.query("SELECT " + COLUMNS + " FROM spiegeling WHERE bron = ? AND doel = ? AND soort = ? "
                + "AND actie = 'verwijderen'", List.of(bron, doel, soort), SpiegelTaken::taak);
    }

    public Optional<Taak> taak(UUID uuid) {
        return jdbc.query("SELECT " + COLUMNS + " FROM spiegeling WHERE uuid = ?", List.of(uuid), SpiegelTaken::taak)
                .stream().findFirst();
    }

    /** Whether a creation of this relation is still under way (its mirror not known to exist). */
    public boolean wordtAangemaakt(UUID uuid) {
        return taak(uuid).filter(t -> AANMAKEN.equals(t.actie())).isPresent();
    }

    /**
     * Up to {@code max} due tasks (a creation only once it is older than {@code herstel-na} of this
     * process: one restarted with a shorter one repairs sooner), each leased for {@code lease}
     * (another replica skips them; a crash only delays them), with their attempt counted.
     */
    public List<Taak> neem(int max, Duration lease) {
        return jdbc.query("UPDATE spiegeling SET volgende = now() + ?::interval, pogingen = pogingen + 1 WHERE uuid IN "
                + "(SELECT uuid FROM spiegeling WHERE volgende <= now() AND (actie = 'verwijderen' "
                + "OR sinds <= now() - ?::interval) ORDER BY volgende LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS,
                List.of(interval(lease), interval(herstelNa()), max), SpiegelTaken::taak);
    }

    /** Tries a task again after {@code wacht}, with why it did not succeed. */
    public void later(UUID uuid, Duration wacht, String fout) {
        jdbc.update("UPDATE spiegeling SET volgende = now() + ?::interval, fout = ? WHERE uuid = ?",
                Arrays.asList(interval(wacht), fout, uuid));
    }

    private Duration herstelNa() {
        return config.spiegeling().herstelNa();
    }

    private static String interval(Duration duration) {
        return duration.toMillis() + " milliseconds";
    }

    private static Taak taak(ResultSet rs) throws SQLException {
        return new Taak(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6));
    }
}
