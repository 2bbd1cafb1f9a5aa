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
import nl.zgw.shared.ref.ResourceUrl;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * An absolute http(s) URL with a host ({@link ResourceUrl#isHttpUrl}), for a reference field that is not fetched (a betrokkene, an
 * object, a selectielijstklasse kept as given). Anything else is code {@code invalid}, as the
 * reference implementation answers; {@code null} and "" are left to other constraints.
 */
@Documented
@Constraint(validatedBy = HttpUrl.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpUrl {

    String message() default "Voer een geldige URL in.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<HttpUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || valid(value);
        }

        public static boolean valid(String value) {
            try {
                return ResourceUrl.isHttpUrl(new URI(value.trim()));
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
