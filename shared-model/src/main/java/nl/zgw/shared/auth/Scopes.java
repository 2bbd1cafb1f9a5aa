package nl.zgw.shared.auth;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes an endpoint requires, as the spec lists them under {@code security: JWT-Claims}; any
 * one of them suffices. The caller must be authenticated (else 401) and have one of them on this
 * service's component for at least one type (else 403). Per-object checks (type and
 * vertrouwelijkheidaanduiding) are the service's, through {@link CurrentCaller}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Scopes {

    String[] value();
}
