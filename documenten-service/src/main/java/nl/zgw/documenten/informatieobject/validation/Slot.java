package nl.zgw.documenten.informatieobject.validation;

import nl.zgw.documenten.informatieobject.InformatieObjectRow;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * drc-009/drc-010: a document changes only while locked and only with its lock id; a locked
 * document is not locked again, nor deleted.
 */
public final class Slot {

    public static final String UNLOCKED = "unlocked";
    public static final String MISSING = "missing-lock-id";
    public static final String INCORRECT = "incorrect-lock-id";
    public static final String EXISTING = "existing-lock";
    public static final String DESTROY_LOCKED = "destroy-locked";

    private Slot() {
    }

    /** A PUT or PATCH carrying {@code lock}: the document must be locked with exactly that id. */
    public static void wijziging(InformatieObjectRow document, String lock, boolean volledig) {
        if (volledig && (lock == null || lock.isEmpty())) {
            throw ValidationException.of("lock", "required", "Dit veld is vereist.");
        }
        if (!document.locked()) {
            throw fout(UNLOCKED, "Een document dat niet gelocked is kan niet gewijzigd worden.");
        }
        if (lock == null || lock.isEmpty()) {
            throw fout(MISSING, "Geef het lock id van het document.");
        }
        if (!gelijk(document.lock(), lock)) {
            throw fout(INCORRECT, "Het lock id is niet correct.");
        }
    }

    /** An unlock with {@code lock} by a client without documenten.geforceerd-unlock. */
    public static void ontgrendeling(InformatieObjectRow document, String lock) {
        if (!document.locked() || !gelijk(document.lock(), lock == null ? "" : lock)) {
            throw fout(INCORRECT, "Het lock id is niet correct.");
        }
    }

    public static void vergrendeling(InformatieObjectRow document) {
        if (document.locked()) {
            throw fout(EXISTING, "Het document is al gelocked.");
        }
    }

    public static void verwijdering(InformatieObjectRow document) {
        if (document.locked()) {
            throw fout(DESTROY_LOCKED, "Een gelocked document kan niet verwijderd worden.");
        }
    }

    /** Whether {@code lock} is the document's lock id. */
    public static boolean past(InformatieObjectRow document, String lock) {
        return document.locked() && lock != null && gelijk(document.lock(), lock);
    }

    /** Compared in constant time: the lock id is the only secret of a lock. */
    private static boolean gelijk(String bekend, String gegeven) {
        return MessageDigest.isEqual(bekend.getBytes(StandardCharsets.UTF_8), gegeven.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidationException fout(String code, String reden) {
        return new ValidationException(List.of(FieldValidationError.nonField(code, reden)));
    }
}
