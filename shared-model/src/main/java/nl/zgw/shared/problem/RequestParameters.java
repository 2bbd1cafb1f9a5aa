package nl.zgw.shared.problem;

import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * The name under which a client sent a resource-method parameter ({@code @QueryParam("page")} is
 * {@code page}); empty for the request body, which has no name of its own.
 */
final class RequestParameters {

    private RequestParameters() {
    }

    static Optional<String> clientName(Class<?> resource, Path.MethodNode methodNode, int index) {
        Class<?>[] types = methodNode.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method method = c.getDeclaredMethod(methodNode.getName(), types);
                Optional<String> name = Arrays.stream(method.getParameterAnnotations()[index])
                        .map(RequestParameters::nameOf)
                        .flatMap(Optional::stream)
                        .findFirst();
                if (name.isPresent()) {
                    return name;
                }
                // a generated subclass (interceptors) overrides without the annotations: look further up
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameOf(Annotation a) {
        if (a instanceof QueryParam q) {
            return Optional.of(q.value());
        }
        if (a instanceof PathParam p) {
            return Optional.of(p.value());
        }
        if (a instanceof HeaderParam h) {
            return Optional.of(h.value());
        }
        if (a instanceof FormParam f) {
            return Optional.of(f.value());
        }
        if (a instanceof CookieParam k) {
            return Optional.of(k.value());
        }
        return Optional.empty();
    }
}
