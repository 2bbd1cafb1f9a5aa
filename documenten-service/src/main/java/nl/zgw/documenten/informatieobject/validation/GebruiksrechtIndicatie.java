package nl.zgw.documenten.informatieobject.validation;

import nl.zgw.shared.problem.ValidationException;

/**
 * drc-006: {@code indicatieGebruiksrecht} is true exactly when the document has gebruiksrechten;
 * a client may not set it otherwise ({@code missing-gebruiksrechten}, {@code existing-gebruiksrechten}).
 */
public final class GebruiksrechtIndicatie {

    public static final String MISSING = "missing-gebruiksrechten";
    public static final String EXISTING = "existing-gebruiksrechten";

    private GebruiksrechtIndicatie() {
    }

    /**
     * The value the new version has: the one given, or, when a PUT leaves it out ({@code weggelaten}),
     * true while gebruiksrechten exist.
     */
    public static Boolean check(Boolean gegeven, boolean weggelaten, long gebruiksrechten) {
        Boolean indicatie = weggelaten && gebruiksrechten > 0 ? Boolean.TRUE : gegeven;
        if (Boolean.TRUE.equals(indicatie) && gebruiksrechten == 0) {
            throw ValidationException.of("indicatieGebruiksrecht", MISSING, "Er zijn geen gebruiksrechten voor dit document.");
        }
        if (!Boolean.TRUE.equals(indicatie) && gebruiksrechten > 0) {
            throw ValidationException.of("indicatieGebruiksrecht", EXISTING,
                    "Er zijn gebruiksrechten voor dit document: de indicatie is true.");
        }
        return indicatie;
    }
}
