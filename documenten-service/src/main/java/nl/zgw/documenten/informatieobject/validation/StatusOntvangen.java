package nl.zgw.documenten.informatieobject.validation;

import nl.zgw.shared.problem.ValidationException;

import java.time.LocalDate;
import java.util.Set;

/** drc-005: a received document (with an ontvangstdatum) is not in_bewerking or ter_vaststelling. */
public final class StatusOntvangen {

    public static final String CODE = "invalid_for_received";
    private static final Set<String> NIET_ONTVANGEN = Set.of("in_bewerking", "ter_vaststelling");

    private StatusOntvangen() {
    }

    public static void check(String status, LocalDate ontvangstdatum) {
        if (ontvangstdatum != null && NIET_ONTVANGEN.contains(status)) {
            throw ValidationException.of("status", CODE, "De statuswaarden in_bewerking en ter_vaststelling zijn niet "
                    + "van toepassing op ontvangen documenten.");
        }
    }
}
