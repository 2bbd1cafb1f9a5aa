package nl.zgw.shared.problem;

import jakarta.validation.ConstraintViolation;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;

/**
 * The ZGW error code of a bean-validation constraint, the same codes the reference
 * implementations give ({@code required}, {@code max_length}, {@code invalid}, ...).
 */
final class ConstraintCodes {

    private ConstraintCodes() {
    }

    static String codeOf(ConstraintViolation<?> v) {
        Annotation annotation = v.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        return switch (annotation.annotationType().getSimpleName()) {
            case "NotNull" -> "required";
            case "NotBlank" -> v.getInvalidValue() == null ? "required" : "blank";
            case "NotEmpty" -> v.getInvalidValue() == null ? "required"
                    : v.getInvalidValue() instanceof CharSequence ? "blank" : "empty";
            case "Size", "Length" -> sizeCode(v.getInvalidValue(), attributes);
            case "Max", "DecimalMax" -> "max_value";
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "min_value";
            case "Negative", "NegativeOrZero" -> "max_value";
            case "Digits" -> "max_digits";
            case "Null" -> "not_allowed";
            case "OneOf" -> "invalid_choice";
            default -> "invalid";
        };
    }

    private static String sizeCode(Object value, Map<String, Object> attributes) {
        int length = value instanceof CharSequence s ? s.length()
                : value instanceof Collection<?> c ? c.size() : -1;
        Object min = attributes.get("min");
        boolean tooShort = min instanceof Integer m && length >= 0 && length < m;
        // DRF uses the same codes for strings and lists
        return tooShort ? "min_length" : "max_length";
    }
}
