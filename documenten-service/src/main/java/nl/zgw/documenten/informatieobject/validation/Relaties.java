package nl.zgw.documenten.informatieobject.validation;

import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;

import java.util.List;

/** drc-008: a document goes only when no zaak, besluit or verzoek relates to it any more. */
public final class Relaties {

    public static final String CODE = "pending-relations";

    private Relaties() {
    }

    public static void check(boolean heeftRelaties) {
        if (heeftRelaties) {
            throw new ValidationException(List.of(FieldValidationError.nonField(CODE,
                    "Alle relaties met het document moeten verwijderd zijn voordat het document verwijderd wordt.")));
        }
    }
}
