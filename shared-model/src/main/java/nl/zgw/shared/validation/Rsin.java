package nl.zgw.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An RSIN (or BSN): nine digits that pass the eleven test (9·d1 + 8·d2 + ... + 2·d8 − d9 is a
 * multiple of 11). Anything else is code {@code invalid}; {@code null} and "" are left to other
 * constraints.
 */
@Documented
@Constraint(validatedBy = Rsin.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Rsin {

    String message() default "Voer een geldig RSIN in: negen cijfers die de elfproef doorstaan.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<Rsin, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || valid(value);
        }

        public static boolean valid(String value) {
            if (!value.matches("\\d{9}")) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (value.charAt(i) - '0');
            }
            sum -= value.charAt(8) - '0';
            return sum % 11 == 0;
        }
    }
}
