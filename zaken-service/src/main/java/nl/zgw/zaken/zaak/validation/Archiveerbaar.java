package nl.zgw.zaken.zaak.validation;

import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * zrc-022: a zaak leaves archiefstatus nog_te_archiveren only with an archiefnominatie and an
 * archiefactiedatum (each reported on its own field, as VNG's conformance collection checks); that
 * its documents are archived is checked by {@code DocumentenGearchiveerd}.
 */
public final class Archiveerbaar {

    public static final String NOMINATIE_CODE = "archiefnominatie-not-set";
    public static final String ACTIEDATUM_CODE = "archiefactiedatum-not-set";

    private Archiveerbaar() {
    }

    public static void check(String archiefstatus, String archiefnominatie, LocalDate archiefactiedatum) {
        if ("nog_te_archiveren".equals(archiefstatus)) {
            return;
        }
        List<FieldValidationError> errors = new ArrayList<>();
        if (archiefnominatie == null) {
            errors.add(new FieldValidationError("archiefnominatie", NOMINATIE_CODE,
                    "Een zaak wordt pas gearchiveerd met een archiefnominatie."));
        }
        if (archiefactiedatum == null) {
            errors.add(new FieldValidationError("archiefactiedatum", ACTIEDATUM_CODE,
                    "Een zaak wordt pas gearchiveerd met een archiefactiedatum."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
