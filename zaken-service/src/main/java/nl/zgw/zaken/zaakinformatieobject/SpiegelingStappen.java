package nl.zgw.zaken.zaakinformatieobject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.zaken.onderdeel.Onderdelen;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The local steps of keeping the mirror in step, each a transaction of its own (ADR 0016). */
@ApplicationScoped
public class SpiegelingStappen {

    private final Spiegelingen spiegelingen;
    private final Onderdelen onderdelen;
    private final ZaakInformatieObjectKind kind;

    public SpiegelingStappen(Spiegelingen spiegelingen, Onderdelen onderdelen, ZaakInformatieObjectKind kind) {
        this.spiegelingen = spiegelingen;
        this.onderdelen = onderdelen;
        this.kind = kind;
    }

    /**
     * The mirror of a new zaakinformatieobject exists: its creation is announced (notification,
     * audit trail). False when the task was taken over meanwhile (the zaakinformatieobject or its
     * zaak was deleted: the task became a removal).
     */
    @Transactional
    public boolean bevestig(UUID uuid) {
        return spiegelingen.afgerond(uuid, Spiegelingen.AANMAKEN) && onderdelen.announceCreated(kind, uuid);
    }

    /**
     * The mirror of a new zaakinformatieobject was not made: the zaakinformatieobject goes, unannounced.
     * When the Documenten API may have made it after all ({@code onzeker}), a removal task stays.
     * False when the task was taken over meanwhile.
     */
    @Transactional
    public boolean terugdraaien(UUID uuid, String zaak, String informatieobject, boolean onzeker) {
        if (!spiegelingen.afgerond(uuid, Spiegelingen.AANMAKEN)) {
            return false;
        }
        onderdelen.withdraw(kind, uuid);
        if (onzeker) {
            spiegelingen.verwijderenNu(uuid, zaak, informatieobject);
        }
        return true;
    }

    /** A mirror made for a zaakinformatieobject that is gone by now: to be removed (a task until it is). */
    @Transactional
    public void verwijderenLater(UUID uuid, String zaak, String informatieobject) {
        spiegelingen.verwijderenNu(uuid, zaak, informatieobject);
    }

    @Transactional
    public boolean afgerondAlsOud(UUID uuid) {
        return spiegelingen.afgerondAlsOud(uuid);
    }

    @Transactional
    public List<Spiegelingen.Taak> verwijderingen(String zaak, String informatieobject) {
        return spiegelingen.verwijderingen(zaak, informatieobject);
    }

    /** Whether a creation of this zaakinformatieobject is still under way (its mirror not known to exist). */
    @Transactional
    public boolean wordtAangemaakt(UUID uuid) {
        return spiegelingen.taak(uuid).filter(t -> Spiegelingen.AANMAKEN.equals(t.actie())).isPresent();
    }

    @Transactional
    public boolean afgerond(UUID uuid, String actie) {
        return spiegelingen.afgerond(uuid, actie);
    }

    @Transactional
    public java.util.Optional<Spiegelingen.Taak> taak(UUID uuid) {
        return spiegelingen.taak(uuid);
    }

    @Transactional
    public List<Spiegelingen.Taak> neem(int max, Duration lease) {
        return spiegelingen.neem(max, lease);
    }

    @Transactional
    public void later(UUID uuid, Duration wacht, String fout) {
        spiegelingen.later(uuid, wacht, fout);
    }
}
