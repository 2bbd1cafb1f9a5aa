package nl.zgw.shared.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standard: a query parameter that is not in the API's OAS is a 400. Known parameters are the
 * {@code @QueryParam}s of the matched resource method, also those in the fields of a
 * {@code @BeanParam}, read once per method. A value with a NUL character ({@code %00}) is a 400
 * {@code invalid} on its parameter.
 */
@Provider
public class UnknownQueryParameterFilter implements ContainerRequestFilter {

    private static final ConcurrentHashMap<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null || request.getUriInfo().getQueryParameters().isEmpty()) {
            return;
        }
        Set<String> known = KNOWN.computeIfAbsent(method, UnknownQueryParameterFilter::queryParams);
        Set<String> unknown = new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new ValidationException(List.of(FieldValidationError.nonField("unknown-parameters",
                    "Onbekende query parameters: " + String.join(", ", unknown) + ".")));
        }
        // PostgreSQL cannot compare text with a NUL character: refused here for every filter at once
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            if (values.stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) {
                throw ValidationException.of(name, "invalid", "Een waarde mag geen NUL-teken (%00) bevatten.");
            }
        });
    }

    private static Set<String> queryParams(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof jakarta.ws.rs.BeanParam) {
                    for (java.lang.reflect.Field field : types[i].getDeclaredFields()) {
                        QueryParam q = field.getAnnotation(QueryParam.class);
                        if (q != null) {
                            names.add(q.value());
                        }
                    }
                }
            }
        }
        return names;
    }
}
