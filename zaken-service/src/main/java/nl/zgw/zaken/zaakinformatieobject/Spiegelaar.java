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
 */
@ApplicationScoped
public class Spiegelaar {

    private static final Logger LOG = Logger.getLogger(Spiegelaar.class);

    private final DocumentenApi documenten;
    private final SpiegelingStappen stappen;

    public Spiegelaar(DocumentenApi documenten, SpiegelingStappen stappen) {
        this.documenten = documenten;
        this.stappen = stappen;
    }

    /**
     * Mirrors a new zaakinformatieobject: on success its creation is announced; when the Documenten
     * API refuses or cannot be reached, the zaakinformatieobject is withdrawn (and a mirror the
     * Documenten API may have made is removed). The answer says which.
     */
    public Antwoord aanmaken(UUID uuid, String zaak, String informatieobject) {
        Antwoord antwoord = documenten.aanmaken(zaak, informatieobject);
        switch (antwoord.uitkomst()) {
            case GELUKT -> {
                if (!stappen.bevestig(uuid)) { // deleted meanwhile (the zaakinformatieobject or its zaak)
                    stappen.verwijderenLater(uuid, zaak, informatieobject);
                    verwijderen(uuid, zaak, informatieobject);
                }
            }
            case GEWEIGERD -> stappen.terugdraaien(uuid, zaak, informatieobject, false);
            case ONBEKEND -> {
                if (stappen.terugdraaien(uuid, zaak, informatieobject, true)) {
                    verwijderen(uuid, zaak, informatieobject);
                }
            }
        }
        return antwoord;
    }

    /** Removes the mirror of a deleted zaakinformatieobject now; what fails stays for the repair. */
    public void verwijderen(UUID uuid, String zaak, String informatieobject) {
        Antwoord antwoord = documenten.verwijderen(zaak, informatieobject);
        if (antwoord.uitkomst() == Uitkomst.GELUKT) {
            stappen.afgerond(uuid, Spiegelingen.VERWIJDEREN);
        } else {
            stappen.later(uuid, Duration.ofSeconds(30), fout(antwoord));
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
            if (antwoord.uitkomst() == Uitkomst.GELUKT) {
                stappen.afgerond(taak.uuid(), Spiegelingen.VERWIJDEREN);
            } else {
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
            stappen.bevestig(taak.uuid());
            LOG.infof("Zaakinformatieobject %s: its objectinformatieobject exists; completed", taak.uuid());
        } else {
            stappen.terugdraaien(taak.uuid(), taak.zaak(), taak.informatieobject(), false);
            LOG.infof("Zaakinformatieobject %s: the Documenten API has no objectinformatieobject; withdrawn", taak.uuid());
        }
    }

    private void uitstellen(Spiegelingen.Taak taak, String fout) {
        long seconds = Math.min(300, 1L << Math.min(taak.pogingen(), 8));
        stappen.later(taak.uuid(), Duration.ofSeconds(seconds), fout);
        LOG.warnf("Zaakinformatieobject %s (%s): %s; trying again in %d s", taak.uuid(), taak.actie(), fout, seconds);
    }

    private static String fout(Antwoord antwoord) {
        JsonNode probleem = antwoord.probleem();
        return antwoord.uitkomst() == Uitkomst.ONBEKEND ? "the Documenten API did not answer"
                : "the Documenten API refused: " + (probleem == null ? "" : probleem.toString());
    }
}
