package nl.zgw.shared.http;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a detail endpoint whose {@code GET} and {@code HEAD} answers carry an {@code ETag} and honour
 * {@code If-None-Match} with a 304.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ETagged {
}
