package nl.zgw.besluiten.besluit.validation;

import nl.zgw.shared.problem.ValidationException;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The beslisdatum ({@code datum}) of a besluit lies in the past or today, as the specification
 * says of besluit_create, besluit_update and besluit_partial_update ({@code future_not_allowed});
 * today as it is in the Netherlands.
 */
public final class Beslisdatum {

    public static final String CODE = "future_not_allowed";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Beslisdatum() {
    }

    public static void check(LocalDate datum) {
        if (datum != null && datum.isAfter(LocalDate.now(AMSTERDAM))) {
            throw ValidationException.of("datum", CODE, "De beslisdatum ligt niet in de toekomst.");
        }
    }
}
