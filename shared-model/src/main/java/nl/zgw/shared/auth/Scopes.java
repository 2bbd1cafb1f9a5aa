package nl.zgw.shared.auth;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes an endpoint requires, as the spec lists them under {@code security: JWT-Claims}; any
 * one of them suffices. The caller must be authenticated (else 401) and have one of them on this
 * service's component for at least one type (else 403). Per-object checks (type and
 * vertrouwelijkheidaanduiding) are the service's, through {@link CurrentCaller}. On a class it is
 * the default of its methods and of its subclasses' (a subclass may declare its own). A scope of
 * another component counts as granted on that component ({@link Component#granting}).
 */
@NameBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Scopes {

    String[] value();
}
