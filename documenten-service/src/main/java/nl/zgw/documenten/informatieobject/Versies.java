package nl.zgw.documenten.informatieobject;

import nl.zgw.shared.json.DatumTijd;
import nl.zgw.shared.problem.ValidationException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The query parameters that choose a version: {@code versie} and {@code registratieOp}. */
final class Versies {


    private Versies() {
    }

    static Integer versie(String versie) {
        if (versie == null || versie.isEmpty()) {
            return null;
        }
        try {
            int nummer = Integer.parseInt(versie);
            if (nummer < 1) {
                throw new NumberFormatException();
            }
            return nummer;
        } catch (NumberFormatException e) {
            throw ValidationException.of("versie", "invalid", "Geef een versienummer (1 of hoger).");
        }
    }

    /** A date-time, with or without offset (then in the configured time zone), or a date (its end). */
    static OffsetDateTime registratieOp(String registratieOp) {
        if (registratieOp == null || registratieOp.isEmpty()) {
            return null;
        }
        registratieOp = registratieOp.replace(' ', '+'); // an offset sent without URL encoding
        OffsetDateTime tijd = parse(registratieOp);
        if (tijd.getYear() < 1 || tijd.getYear() > 9999) {
            throw ValidationException.of("registratieOp", "invalid", "Geef een datum-tijd (ISO 8601).");
        }
        return tijd;
    }

    private static OffsetDateTime parse(String registratieOp) {
        try {
            return DatumTijd.lees(registratieOp); // without an offset: in the configured time zone
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(registratieOp).plusDays(1).atStartOfDay(DatumTijd.zone()).toOffsetDateTime()
                        .minusNanos(1000);
            } catch (java.time.DateTimeException notADate) {
                throw ValidationException.of("registratieOp", "invalid", "Geef een datum-tijd (ISO 8601).");
            }
        }
    }
}
