package nl.zgw.shared.problem;

/**
 * One invalid field. {@code name} is the camelCase dotted path with list indices
 * ({@code relevanteAndereZaken.0.url}); object-level errors use {@value #NON_FIELD_ERRORS}.
 */
public record FieldValidationError(String name, String code, String reason) {

    public static final String NON_FIELD_ERRORS = "nonFieldErrors";

    public static FieldValidationError nonField(String code, String reason) {
        return new FieldValidationError(NON_FIELD_ERRORS, code, reason);
    }
}
