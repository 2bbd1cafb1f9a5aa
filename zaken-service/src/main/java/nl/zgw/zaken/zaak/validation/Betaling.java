package nl.zgw.zaken.zaak.validation;

import nl.zgw.shared.problem.ValidationException;
import nl.zgw.zaken.zaak.Zaak;

import java.time.OffsetDateTime;

/**
 * zrc-014: a laatsteBetaaldatum lies not in the future and is not given with betalingsindicatie
 * {@code nvt} (also not when the zaak changes to it: VNG's zrc-014b puts both); a partial update that
 * changes the zaak to {@code nvt} without a date clears the stored one ({@link #naarNvt}).
 */
public final class Betaling {

    public static final String CODE = "betaling-nvt";

    private Betaling() {
    }

    /** Checks the payment fields of the zaak as it is to be stored. */
    public static void check(Zaak in) {
        if (in.laatsteBetaaldatum() != null && in.laatsteBetaaldatum().isAfter(OffsetDateTime.now())) {
            throw ValidationException.of("laatsteBetaaldatum", "future_not_allowed",
                    "De laatste betaaldatum ligt niet in de toekomst.");
        }
        if ("nvt".equals(in.betalingsindicatie()) && in.laatsteBetaaldatum() != null) {
            throw ValidationException.of("laatsteBetaaldatum", CODE,
                    "Een laatsteBetaaldatum past niet bij betalingsindicatie nvt.");
        }
    }

    /**
     * A partial update that sets betalingsindicatie {@code nvt} and gives no laatsteBetaaldatum: the
     * stored date goes (zrc-014), so the patch gets {@code "laatsteBetaaldatum": null}.
     */
    public static void naarNvt(com.fasterxml.jackson.databind.node.ObjectNode patch) {
        if ("nvt".equals(patch.path("betalingsindicatie").asText(null)) && !patch.hasNonNull("laatsteBetaaldatum")) {
            patch.putNull("laatsteBetaaldatum");
        }
    }
}
