package nl.zgw.zaken.zaakinformatieobject;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Jdbc;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tasks that keep the objectinformatieobjecten of the Documenten API in step with the
 * zaakinformatieobjecten here (table {@code zaakinformatieobject_spiegeling}, ADR 0016). A task is
 * written in the transaction of the change it follows, so no change is without one.
 * - {@code aanmaken}: the zaakinformatieobject is stored, its mirror not known to exist; the request
 *   that made it finishes it at once, the repair only after {@code zaken.spiegeling.herstel-na}
 *   (a request still under way is never raced).
 * - {@code verwijderen}: the zaakinformatieobject (or its zaak) is gone, its mirror may not be.
 */
@ApplicationScoped
public class Spiegelingen {

    public static final String AANMAKEN = "aanmaken";
    public static final String VERWIJDEREN = "verwijderen";

    /** One task: the zaakinformatieobject's uuid, what to do, for which zaak (URL) and document. */
    public record Taak(UUID uuid, String actie, String zaak, String informatieobject, int pogingen) {
    }

    private final Jdbc jdbc;
    private final ResourceUrls urls;
    private final Duration herstelNa;

    public Spiegelingen(Jdbc jdbc, ResourceUrls urls,
                        @ConfigProperty(name = "zaken.spiegeling.herstel-na", defaultValue = "2M") Duration herstelNa) {
        this.jdbc = jdbc;
        this.urls = urls;
        this.herstelNa = herstelNa;
    }

    /** A new zaakinformatieobject whose mirror is still to be made. */
    void aanmaken(UUID uuid, UUID zaak, String informatieobject) {
        jdbc.update("INSERT INTO zaakinformatieobject_spiegeling (uuid, actie, zaak, informatieobject) "
                + "VALUES (?, 'aanmaken', ?, ?)", List.of(uuid, zaakUrl(zaak), informatieobject));
    }

    /** A deleted zaakinformatieobject whose mirror is to go; replaces a creation still open. */
    void verwijderen(UUID uuid, UUID zaak, String informatieobject) {
        verwijderenNu(uuid, zaakUrl(zaak), informatieobject);
    }

    /** As {@link #verwijderen}, for a zaakinformatieobject already gone (by its zaak's URL). */
    void verwijderenNu(UUID uuid, String zaak, String informatieobject) {
        jdbc.update("INSERT INTO zaakinformatieobject_spiegeling (uuid, actie, zaak, informatieobject) "
                + "VALUES (?, 'verwijderen', ?, ?) ON CONFLICT (uuid) DO UPDATE SET actie = 'verwijderen', "
                + "volgende = now(), pogingen = 0, fout = NULL", List.of(uuid, zaak, informatieobject));
    }

    /** The zaakinformatieobjecten of these zaken, about to be deleted with them (zrc-023): their mirrors go too. */
    public void zakenVerwijderd(Collection<UUID> zaken) {
        jdbc.update("INSERT INTO zaakinformatieobject_spiegeling (uuid, actie, zaak, informatieobject) "
                + "SELECT uuid, 'verwijderen', ? || zaak::text, sleutel FROM zaak_onderdeel "
                + "WHERE zaak = ANY(?) AND soort = 'zaakinformatieobject' ON CONFLICT (uuid) DO UPDATE "
                + "SET actie = 'verwijderen', volgende = now(), pogingen = 0, fout = NULL",
                List.of(urls.baseUrl(nl.zgw.shared.ref.ZgwApi.ZAKEN) + "/zaken/", List.copyOf(zaken)));
    }

    /** Ends the task {@code actie} of this zaakinformatieobject; false when it had no such task (any more). */
    boolean afgerond(UUID uuid, String actie) {
        return jdbc.update("DELETE FROM zaakinformatieobject_spiegeling WHERE uuid = ? AND actie = ?",
                List.of(uuid, actie)) == 1;
    }

    /**
     * Ends a removal that found no mirror, when no creation of it can still be under way: its
     * {@code sinds} (kept from the creation it replaced) is older than {@code herstel-na}.
     */
    boolean afgerondAlsOud(UUID uuid) {
        return jdbc.update("DELETE FROM zaakinformatieobject_spiegeling WHERE uuid = ? AND actie = 'verwijderen' "
                + "AND sinds <= now() - ?::interval", List.of(uuid, herstelNa.toMillis() + " milliseconds")) == 1;
    }

    /** The removals still open for a pair of zaak (URL) and document. */
    List<Taak> verwijderingen(String zaak, String informatieobject) {
        return jdbc.query("SELECT uuid, actie, zaak, informatieobject, pogingen FROM zaakinformatieobject_spiegeling "
                + "WHERE zaak = ? AND informatieobject = ? AND actie = 'verwijderen'", List.of(zaak, informatieobject),
                Spiegelingen::taak);
    }

    Optional<Taak> taak(UUID uuid) {
        return jdbc.query("SELECT uuid, actie, zaak, informatieobject, pogingen FROM zaakinformatieobject_spiegeling "
                + "WHERE uuid = ?", List.of(uuid), Spiegelingen::taak).stream().findFirst();
    }

    /**
     * Up to {@code max} due tasks (a creation only once it is older than {@code herstel-na}, of this
     * process: one restarted with a shorter one repairs sooner), each leased for {@code lease} (another replica skips them; a crash
     * only delays them), with their attempt counted.
     */
    List<Taak> neem(int max, Duration lease) {
        return jdbc.query("UPDATE zaakinformatieobject_spiegeling SET volgende = now() + ?::interval, "
                + "pogingen = pogingen + 1 WHERE uuid IN (SELECT uuid FROM zaakinformatieobject_spiegeling "
                + "WHERE volgende <= now() AND (actie = 'verwijderen' OR sinds <= now() - ?::interval) "
                + "ORDER BY volgende LIMIT ? FOR UPDATE SKIP LOCKED) "
                + "RETURNING uuid, actie, zaak, informatieobject, pogingen", List.of(lease.toMillis() + " milliseconds",
                herstelNa.toMillis() + " milliseconds", max),
                Spiegelingen::taak);
    }

    /** Tries a task again after {@code wacht}, with why it did not succeed. */
    void later(UUID uuid, Duration wacht, String fout) {
        jdbc.update("UPDATE zaakinformatieobject_spiegeling SET volgende = now() + ?::interval, fout = ? WHERE uuid = ?",
                java.util.Arrays.asList(wacht.toMillis() + " milliseconds", fout, uuid));
    }

    private String zaakUrl(UUID zaak) {
        return urls.of(nl.zgw.shared.ref.ZgwApi.ZAKEN, "zaken", zaak).toString();
    }

    private static Taak taak(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Taak(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));
    }
}
