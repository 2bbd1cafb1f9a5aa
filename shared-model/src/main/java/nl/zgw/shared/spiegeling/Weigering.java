package nl.zgw.shared.spiegeling;

import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;

import java.util.ArrayList;
import java.util.List;

/** The other API refused a mirror: its reasons, for the client, under the field that names the other object. */
public final class Weigering {

    private Weigering() {
    }

    /** A 400 with each of the other API's invalid params (its codes) under {@code veld}. */
    public static ValidationException alsValidatie(String veld, JsonNode probleem, String api) {
        List<FieldValidationError> fouten = new ArrayList<>();
        if (probleem != null) {
            probleem.path("invalidParams").forEach(p -> fouten.add(new FieldValidationError(veld,
                    p.path("code").asText("invalid"), "De " + api + " weigert de relatie: " + p.path("reason").asText())));
        }
        if (fouten.isEmpty()) {
            fouten.add(new FieldValidationError(veld, "invalid", "De " + api + " weigert de relatie"
                    + (probleem == null ? "." : ": " + probleem.path("detail").asText())));
        }
        return new ValidationException(fouten);
    }
}
