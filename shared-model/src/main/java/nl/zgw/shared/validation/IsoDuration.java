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
import java.util.regex.Pattern;

/**
 * An ISO 8601 duration as the ZGW APIs write them ({@code P10Y}, {@code P1Y6M}, {@code P30D},
 * {@code PT8H}); anything else is code {@code invalid}. {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = IsoDuration.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDuration {

    String message() default "Voer een geldige duur in (ISO 8601, bijvoorbeeld P1Y6M of P30D).";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    Pattern SYNTAX = Pattern.compile(
            "P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

    final class Validator implements ConstraintValidator<IsoDuration, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || SYNTAX.matcher(value).matches();
        }
    }
}
