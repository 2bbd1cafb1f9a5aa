package nl.zgw.shared.http;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose body can hold geometry: the client must send {@code Accept-Crs}, and on
 * writes {@code Content-Crs}, both {@value CrsFilter#EPSG_4326}; the answer carries
 * {@code Content-Crs}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface GeoCrs {
}
