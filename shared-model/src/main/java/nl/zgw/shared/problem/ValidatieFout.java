package nl.zgw.shared.problem;

import java.util.List;

/**
 * The ZGW {@code ValidatieFout}: a 400 with one entry per invalid field.
 */
public record ValidatieFout(String type, String code, String title, int status, String detail, String instance,
                            List<FieldValidationError> invalidParams) {
}
