package nl.zgw.zaken.zaak.validation;

import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.shared.problem.ValidationException;

import java.util.ArrayList;
import java.util.List;

/** zrc-015: the producten of diensten of a zaak are among those of its zaaktype. */
public final class ProductenOfDiensten {

    public static final String CODE = "invalid-products-services";

    private ProductenOfDiensten() {
    }

    public static void check(List<String> productenOfDiensten, JsonNode zaaktype) {
        if (productenOfDiensten == null) {
            return;
        }
        List<String> allowed = new ArrayList<>();
        zaaktype.path("productenOfDiensten").forEach(p -> allowed.add(p.asText()));
        if (!allowed.containsAll(productenOfDiensten)) {
            throw ValidationException.of("productenOfDiensten", CODE,
                    "Alle producten en diensten moeten bij het zaaktype horen.");
        }
    }
}
