package nl.zgw.shared.spiegeling;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.zgw.shared.spiegeling.Spiegel.Antwoord;
import nl.zgw.shared.spiegeling.Spiegel.Uitkomst;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Brings a relation and its mirror in another API in step: at once for the request that changed
 * it, later for the repair ({@link Herstel}) when that did not finish (ADR 0016). The remote call
 * always happens outside a transaction; what it leads to here is a short transaction of
 * {@link SpiegelStappen}. A removal that finds no mirror ends only once no creation of it can
 * still be under way (its task is older than {@code herstel-na}): a slow creation may yet commit one.
 */
@ApplicationScoped
public class Spiegelaar {

    private static final Logger LOG = Logger.getLogger(Spiegelaar.class);
    private static final Duration OPNIEUW = Duration.ofSeconds(30);

    /** How the creation of a mirror ended for the request that asked it; announced: the relation stands. */
    public record Afloop(Antwoord antwoord, boolean aangekondigd) {
    }

    private final SpiegelStappen stappen;
    private final Map<String, Spiegel> spiegels = new HashMap<>();

    public Spiegelaar(SpiegelStappen stappen, Instance<Spiegel> spiegels) {
        this.stappen = stappen;
        spiegels.forEach(s -> this.spiegels.put(s.soort(), s));
    }

    /**
     * Mirrors a new relation (committed with its task): on success its creation is announced; when
     * the other API refuses or cannot be reached, the relation is withdrawn (and a mirror the other
     * API may have made is removed). When it was deleted meanwhile, the mirror just made goes too
     * and nothing is announced.
     */
    public Afloop aanmaken(Spiegel spiegel, UUID uuid, String bron, String doel) {
        Antwoord antwoord = spiegel.maak(bron, doel);
        switch (antwoord.uitkomst()) {
            case GELUKT -> {
                if (stappen.bevestig(spiegel, uuid)) {
                    return new Afloop(antwoord, true);
                }
                stappen.verwijderenLater(spiegel, uuid, bron, doel);
                verwijderen(spiegel, uuid, bron, doel);
            }
            case GEWEIGERD -> stappen.terugdraaien(spiegel, uuid, bron, doel, false);
            default -> {
                if (!stappen.terugdraaien(spiegel, uuid, bron, doel, true)) {
                    stappen.verwijderenLater(spiegel, uuid, bron, doel);
                }
                verwijderen(spiegel, uuid, bron, doel);
            }
        }
        return new Afloop(antwoord, false);
    }

    /**
     * Before a pair is related again: the removals still open for it are done now, so that an old
     * mirror on its way out is neither taken for the new one nor removed after it. Here a mirror
     * that is not there counts as removed: the new creation makes or adopts one. False when the
     * other API could not be asked.
     */
    public boolean ruimOp(Spiegel spiegel, String bron, String doel) {
        for (SpiegelTaken.Taak taak : stappen.verwijderingen(spiegel.soort(), bron, doel)) {
            Uitkomst uitkomst = spiegel.verwijder(bron, doel).uitkomst();
            if (uitkomst != Uitkomst.GELUKT && uitkomst != Uitkomst.AFWEZIG) {
                return false;
            }
            stappen.afgerond(taak.uuid(), SpiegelTaken.VERWIJDEREN);
        }
        return true;
    }

    /** Removes the mirror of a relation that is gone, now; what is not done stays for the repair. */
    public void verwijderen(Spiegel spiegel, UUID uuid, String bron, String doel) {
        Antwoord antwoord = spiegel.verwijder(bron, doel);
        if (!afgerond(uuid, antwoord)) {
            stappen.later(uuid, OPNIEUW, fout(antwoord));
        }
    }

    /** Removes the mirror of a relation that is gone whose removal task is still open, if any. */
    public void verwijderen(UUID uuid) {
        stappen.taak(uuid).filter(t -> SpiegelTaken.VERWIJDEREN.equals(t.actie()) && spiegels.containsKey(t.soort()))
                .ifPresent(t -> verwijderen(spiegels.get(t.soort()), uuid, t.bron(), t.doel()));
    }

    /**
     * One task the request that made it did not finish (a crash, the other API down): a removal is
     * tried again; a creation is completed when the other API has the mirror (roll forward) and
     * withdrawn when it does not (roll back).
     */
    public void herstel(SpiegelTaken.Taak taak) {
        Spiegel spiegel = spiegels.get(taak.soort());
        if (spiegel == null) {
            uitstellen(taak, "no mirror of kind " + taak.soort() + " in this service");
            return;
        }
        if (SpiegelTaken.VERWIJDEREN.equals(taak.actie())) {
            Antwoord antwoord = spiegel.verwijder(taak.bron(), taak.doel());
            if (!afgerond(taak.uuid(), antwoord)) {
                uitstellen(taak, fout(antwoord));
            }
            return;
        }
        boolean bestaat;
        try {
            bestaat = spiegel.bestaat(taak.bron(), taak.doel());
        } catch (RuntimeException e) {
            uitstellen(taak, e.getMessage());
            return;
        }
        if (bestaat) {
            if (!stappen.bevestig(spiegel, taak.uuid())) {
                stappen.verwijderenLater(spiegel, taak.uuid(), taak.bron(), taak.doel());
            }
            LOG.infof("%s %s: its mirror exists; completed", taak.soort(), taak.uuid());
        } else {
            stappen.terugdraaien(spiegel, taak.uuid(), taak.bron(), taak.doel(), false);
            LOG.infof("%s %s: the other API has no mirror; withdrawn", taak.soort(), taak.uuid());
        }
    }

    /** Ends a removal task by its answer: removed, or none there and none can come any more. */
    private boolean afgerond(UUID uuid, Antwoord antwoord) {
        return switch (antwoord.uitkomst()) {
            case GELUKT -> {
                stappen.afgerond(uuid, SpiegelTaken.VERWIJDEREN);
                yield true;
            }
            case AFWEZIG -> stappen.afgerondAlsOud(uuid);
            default -> false;
        };
    }

    private void uitstellen(SpiegelTaken.Taak taak, String fout) {
        long seconds = Math.min(300, 1L << Math.min(taak.pogingen(), 8));
        stappen.later(taak.uuid(), Duration.ofSeconds(seconds), fout);
        LOG.warnf("%s %s (%s): %s; trying again in %d s", taak.soort(), taak.uuid(), taak.actie(), fout, seconds);
    }

    private static String fout(Antwoord antwoord) {
        JsonNode probleem = antwoord.probleem();
        return switch (antwoord.uitkomst()) {
            case AFWEZIG -> "no mirror yet; a creation may still be under way";
            case ONBEKEND -> "the other API did not answer";
            default -> "the other API refused: " + (probleem == null ? "" : probleem.toString());
        };
    }
}
