package nl.zgw.shared.spiegeling;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

/**
 * One kind of relation that a service leads and another API mirrors (a zaakinformatieobject and
 * its objectinformatieobject, a besluit and its zaakbesluit, ...), ADR 0016. A CDI bean per kind;
 * {@link Spiegelaar} and {@link Herstel} keep each relation and its mirror in step through the
 * tasks of {@link SpiegelTaken}. A relation is named by its own uuid and two URLs: {@code bron},
 * the object on this side it belongs to, and {@code doel}, the object it points to.
 */
public interface Spiegel {

    /** How a call to change the mirror ended; AFWEZIG: there was no mirror to remove (not yet, or not any more). */
    enum Uitkomst { GELUKT, AFWEZIG, GEWEIGERD, ONBEKEND }

    /** The end of a call, with the other API's problem when it refused. */
    record Antwoord(Uitkomst uitkomst, JsonNode probleem) {
        public static Antwoord of(Uitkomst uitkomst) {
            return new Antwoord(uitkomst, null);
        }
    }

    /** The kind, stored with each task: {@code zaakinformatieobject}, {@code besluitinformatieobject}, ... */
    String soort();

    /** Makes the mirror in the other API; one that exists already counts as made. */
    Antwoord maak(String bron, String doel);

    /**
     * Removes the mirror: GELUKT, also when the other API keeps it because the relation exists
     * here again; AFWEZIG when there is none now.
     */
    Antwoord verwijder(String bron, String doel);

    /** Whether the other API has the mirror now; throws when it cannot tell. */
    boolean bestaat(String bron, String doel);

    /**
     * In the caller's transaction: announces the relation created earlier (notification, audit
     * trail), now that its mirror exists; false when it is gone by now.
     */
    boolean kondigAan(UUID uuid);

    /** In the caller's transaction: removes the relation whose mirror was not made; it was never announced. */
    void trekIn(UUID uuid);

    /** In the caller's transaction: whether the relation exists here (also before it is announced). */
    boolean bestaatHier(UUID uuid);
}
