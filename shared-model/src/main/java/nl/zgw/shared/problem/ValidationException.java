package nl.zgw.shared.problem;

import java.util.List;

/** 400: the request is understood but one or more fields break a rule. */
public final class ValidationException extends ZgwException {

    private final List<FieldValidationError> invalidParams;

    public ValidationException(List<FieldValidationError> invalidParams) {
        super(400, "invalid", "Invalid input.", "Een of meerdere parameters zijn ongeldig.", null);
        this.invalidParams = List.copyOf(invalidParams);
    }

    public ValidationException(String code, String title, String detail, List<FieldValidationError> invalidParams) {
        super(400, code, title, detail, null);
        this.invalidParams = List.copyOf(invalidParams);
    }

    /** One field broke one rule; {@code field} may be {@link FieldValidationError#NON_FIELD_ERRORS}. */
    public static ValidationException of(String field, String code, String reason) {
        return new ValidationException(List.of(new FieldValidationError(field, code, reason)));
    }

    public List<FieldValidationError> invalidParams() {
        return invalidParams;
    }
}
