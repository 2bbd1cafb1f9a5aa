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
import java.util.Arrays;

/**
 * A string field that takes one of a fixed set of values (the standard's enums); anything else is
 * reported with code {@code invalid_choice}. {@code null} is left to {@code @NotNull}. Pair it with
 * {@code @Schema(enumeration = ...)} so the OpenAPI document lists the same values.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

    String[] value();

    String message() default "Ongeldige keuze.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<OneOf, String> {
        private String[] allowed;

        @Override
        public void initialize(OneOf annotation) {
            allowed = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.asList(allowed).contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                    "\"" + value.replace("{", "").replace("$", "") + "\" is een ongeldige keuze.")
                    .addConstraintViolation();
            return false;
        }
    }
}
