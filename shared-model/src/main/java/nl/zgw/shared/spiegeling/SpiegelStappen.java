package nl.zgw.shared.spiegeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The local steps of keeping a mirror in step, each a transaction of its own (ADR 0016). */
@ApplicationScoped
public class SpiegelStappen {

    private final SpiegelTaken taken;

    public SpiegelStappen(SpiegelTaken taken) {
        this.taken = taken;
    }

    /**
     * The mirror of a new relation exists: its creation is announced. True as well when it was
     * announced already (the task completed by another); false when the relation was deleted
     * meanwhile (its task became a removal, or it is gone).
     */
    @Transactional
    public boolean bevestig(Spiegel spiegel, UUID uuid) {
        if (taken.afgerond(uuid, SpiegelTaken.AANMAKEN)) {
            return spiegel.kondigAan(uuid);
        }
        // no creation task: the repair (or the request) completed it already, unless the relation went meanwhile
        return taken.taak(uuid).isEmpty() && spiegel.bestaatHier(uuid);
    }

    /**
     * The mirror of a new relation was not made: the relation goes, unannounced. When the other API
     * may have made it after all ({@code onzeker}), a removal task stays. False when the task was
     * taken over meanwhile.
     */
    @Transactional
    public boolean terugdraaien(Spiegel spiegel, UUID uuid, String bron, String doel, boolean onzeker) {
        if (!taken.afgerond(uuid, SpiegelTaken.AANMAKEN)) {
            return false;
        }
        spiegel.trekIn(uuid);
        if (onzeker) {
            taken.verwijderen(uuid, spiegel.soort(), bron, doel);
        }
        return true;
    }

    /** A mirror that may exist for a relation that is gone: to be removed (a task until it is). */
    @Transactional
    public void verwijderenLater(Spiegel spiegel, UUID uuid, String bron, String doel) {
        taken.verwijderen(uuid, spiegel.soort(), bron, doel);
    }

    @Transactional
    public boolean afgerond(UUID uuid, String actie) {
        return taken.afgerond(uuid, actie);
    }

    @Transactional
    public boolean afgerondAlsOud(UUID uuid) {
        return taken.afgerondAlsOud(uuid);
    }

    @Transactional
    public List<SpiegelTaken.Taak> verwijderingen(String soort, String bron, String doel) {
        return taken.verwijderingen(soort, bron, doel);
    }

    @Transactional
    public Optional<SpiegelTaken.Taak> taak(UUID uuid) {
        return taken.taak(uuid);
    }

    @Transactional
    public List<SpiegelTaken.Taak> neem(int max, Duration lease) {
        return taken.neem(max, lease);
    }

    @Transactional
    public void later(UUID uuid, Duration wacht, String fout) {
        taken.later(uuid, wacht, fout);
    }
}
