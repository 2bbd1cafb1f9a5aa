package nl.zgw.zaken.zaakinformatieobject;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.zaakinformatieobject.DocumentenApi.Antwoord;
import nl.zgw.zaken.zaakinformatieobject.DocumentenApi.Uitkomst;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings a zaakinformatieobject and its objectinformatieobject in the Documenten API in step: at
 * once for the request that changed it, later for the repair ({@link Herstel}) when that did not
 * finish (ADR 0016). The remote call always happens outside a transaction; what it leads to here
 * is a short transaction of {@link SpiegelingStappen}.
 * A removal that finds no mirror ends only once no creation of it can still be under way (its
 * task is older than {@code herstel-na}): a mirror whose creation is slow may still appear.
 */
@ApplicationScoped
public class Spiegelaar {

    private static final Logger LOG = Logger.getLogger(Spiegelaar.class);
    private static final Duration OPNIEUW = Duration.ofSeconds(30);

    /** How the creation of a mirror ended for the request that asked it. */
    public record Afloop(Antwoord antwoord, boolean aangekondigd) {
    }

    private final DocumentenApi documenten;
    private final SpiegelingStappen stappen;

    public Spiegelaar(DocumentenApi documenten, SpiegelingStappen stappen) {
        this.documenten = documenten;
        this.stappen = stappen;
    }

    /**
     * Mirrors a new zaakinformatieobject: on success its creation is announced; when the Documenten
     * API refuses or cannot be reached, the zaakinformatieobject is withdrawn (and a mirror the
     * Documenten API may have made is removed). When it was deleted meanwhile (itself or its zaak),
     * the mirror just made goes too and nothing is announced.
     */
    public Afloop aanmaken(UUID uuid, String zaak, String informatieobject) {
        Antwoord antwoord = documenten.aanmaken(zaak, informatieobject);
        switch (antwoord.uitkomst()) {
            case GELUKT -> {
                if (stappen.bevestig(uuid)) {
                    return new Afloop(antwoord, true);
                }
                stappen.verwijderenLater(uuid, zaak, informatieobject);
                verwijderen(uuid, zaak, informatieobject);
            }
            case GEWEIGERD -> stappen.terugdraaien(uuid, zaak, informatieobject, false);
            default -> {
                if (!stappen.terugdraaien(uuid, zaak, informatieobject, true)) {
                    stappen.verwijderenLater(uuid, zaak, informatieobject);
                }
                verwijderen(uuid, zaak, informatieobject);
            }
        }
        return new Afloop(antwoord, false);
    }

    /**
     * Before a pair of zaak and document is linked again: the removals still open for it are done
     * now, so that an old mirror on its way out is neither taken for the new one nor removed after
     * it. Here a mirror that is not there counts as removed: the new creation makes or adopts one.
     * False when the Documenten API could not be asked.
     */
    public boolean ruimOp(String zaak, String informatieobject) {
        for (Spiegelingen.Taak taak : stappen.verwijderingen(zaak, informatieobject)) {
            Uitkomst uitkomst = documenten.verwijderen(zaak, informatieobject).uitkomst();
            if (uitkomst != Uitkomst.GELUKT && uitkomst != Uitkomst.AFWEZIG) {
                return false;
            }
            stappen.afgerond(taak.uuid(), Spiegelingen.VERWIJDEREN);
        }
        return true;
    }

    /** Removes the mirror of a deleted zaakinformatieobject now; what is not done stays for the repair. */
    public void verwijderen(UUID uuid, String zaak, String informatieobject) {
        Antwoord antwoord = documenten.verwijderen(zaak, informatieobject);
        if (!afgerond(uuid, antwoord)) {
            stappen.later(uuid, OPNIEUW, fout(antwoord));
        }
    }

    /** Removes the mirror of a deleted zaakinformatieobject whose task is still open, if any. */
    public void verwijderen(UUID uuid) {
        stappen.taak(uuid).filter(t -> Spiegelingen.VERWIJDEREN.equals(t.actie()))
                .ifPresent(t -> verwijderen(uuid, t.zaak(), t.informatieobject()));
    }

    /**
     * One task the request that made it did not finish (a crash, the Documenten API down):
     * a removal is tried again; a creation is completed when the Documenten API has the mirror
     * (roll forward) and withdrawn when it does not (roll back).
     */
    public void herstel(Spiegelingen.Taak taak) {
        if (Spiegelingen.VERWIJDEREN.equals(taak.actie())) {
            Antwoord antwoord = documenten.verwijderen(taak.zaak(), taak.informatieobject());
            if (!afgerond(taak.uuid(), antwoord)) {
                uitstellen(taak, fout(antwoord));
            }
            return;
        }
        Optional<String> spiegel;
        try {
            spiegel = documenten.zoek(taak.zaak(), taak.informatieobject());
        } catch (RuntimeException e) {
            uitstellen(taak, e.getMessage());
            return;
        }
        if (spiegel.isPresent()) {
            if (!stappen.bevestig(taak.uuid())) {
                stappen.verwijderenLater(taak.uuid(), taak.zaak(), taak.informatieobject());
            }
            LOG.infof("Zaakinformatieobject %s: its objectinformatieobject exists; completed", taak.uuid());
        } else {
            stappen.terugdraaien(taak.uuid(), taak.zaak(), taak.informatieobject(), false);
            LOG.infof("Zaakinformatieobject %s: the Documenten API has no objectinformatieobject; withdrawn", taak.uuid());
        }
    }

    /** Ends a removal task by its answer: removed, or none there and none can come any more. */
    private boolean afgerond(UUID uuid, Antwoord antwoord) {
        return switch (antwoord.uitkomst()) {
            case GELUKT -> {
                stappen.afgerond(uuid, Spiegelingen.VERWIJDEREN);
                yield true;
            }
            case AFWEZIG -> stappen.afgerondAlsOud(uuid);
            default -> false;
        };
    }

    private void uitstellen(Spiegelingen.Taak taak, String fout) {
        long seconds = Math.min(300, 1L << Math.min(taak.pogingen(), 8));
        stappen.later(taak.uuid(), Duration.ofSeconds(seconds), fout);
        LOG.warnf("Zaakinformatieobject %s (%s): %s; trying again in %d s", taak.uuid(), taak.actie(), fout, seconds);
    }

    private static String fout(Antwoord antwoord) {
        JsonNode probleem = antwoord.probleem();
        return switch (antwoord.uitkomst()) {
            case AFWEZIG -> "no objectinformatieobject yet; a creation may still be under way";
            case ONBEKEND -> "the Documenten API did not answer";
            default -> "the Documenten API refused: " + (probleem == null ? "" : probleem.toString());
        };
    }
}
