package nl.zgw.documenten.informatieobject;

import nl.zgw.shared.problem.ValidationException;

/** {@code expand} (drc-011 ... drc-014) is not offered by this API yet: asking for it is said plainly. */
public final class Uitbreiding {

    private Uitbreiding() {
    }

    public static void geen(String expand) {
        if (expand != null && !expand.isBlank()) {
            throw ValidationException.of("expand", "invalid_choice", "Deze Documenten API breidt (nog) niets uit.");
        }
    }
}
