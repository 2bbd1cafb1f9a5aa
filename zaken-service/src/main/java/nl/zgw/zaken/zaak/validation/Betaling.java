package nl.zgw.zaken.zaak.validation;

import nl.zgw.shared.problem.ValidationException;
import nl.zgw.zaken.zaak.Zaak;
import nl.zgw.zaken.zaak.ZaakRow;

import java.time.OffsetDateTime;

/**
 * zrc-014: a laatsteBetaaldatum lies not in the future and does not go with betalingsindicatie
 * {@code nvt}; a zaak that changes to {@code nvt} loses its laatsteBetaaldatum instead.
 */
public final class Betaling {

    public static final String CODE = "betaling-nvt";

    private Betaling() {
    }

    /** Checks the payment fields; true when the zaak changes to nvt (its laatsteBetaaldatum is to be cleared). */
    public static boolean check(Zaak in, ZaakRow existing) {
        if (in.laatsteBetaaldatum() != null && in.laatsteBetaaldatum().isAfter(OffsetDateTime.now())) {
            throw ValidationException.of("laatsteBetaaldatum", "future_not_allowed",
                    "De laatste betaaldatum ligt niet in de toekomst.");
        }
        boolean naarNvt = existing != null && "nvt".equals(in.betalingsindicatie())
                && !"nvt".equals(existing.data().path("betalingsindicatie").asText());
        if ("nvt".equals(in.betalingsindicatie()) && in.laatsteBetaaldatum() != null && !naarNvt) {
            throw ValidationException.of("laatsteBetaaldatum", CODE,
                    "Een laatsteBetaaldatum past niet bij betalingsindicatie nvt.");
        }
        return naarNvt;
    }
}
