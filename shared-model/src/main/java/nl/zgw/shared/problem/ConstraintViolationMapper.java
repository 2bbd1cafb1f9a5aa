package nl.zgw.shared.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Bean-validation failures on request input become a {@code ValidatieFout}; a violation on a
 * return value is a server bug and becomes a 500.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        boolean returnValue = exception.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return ProblemResponses.serverError(500, "error", "Er is een serverfout opgetreden.",
                    "Het antwoord voldoet niet aan het schema.", exception);
        }
        // in the order the fields are declared (as the specification lists them), so the first is stable
        List<FieldValidationError> params = exception.getConstraintViolations().stream()
                .map(v -> new Object[]{sortKey(v, name(v)), new FieldValidationError(name(v), ConstraintCodes.codeOf(v),
                        v.getMessage())})
                .sorted(Comparator.comparing((Object[] e) -> (String) e[0])
                        .thenComparing(e -> ((FieldValidationError) e[1]).code()))
                .map(e -> (FieldValidationError) e[1])
                .toList();
        return ProblemResponses.validation(params);
    }

    /** The name with its last field replaced by that field's place in its class, then the field itself. */
    static String sortKey(ConstraintViolation<?> violation, String name) {
        int dot = name.lastIndexOf('.');
        String last = name.substring(dot + 1);
        Object leaf = violation.getLeafBean();
        return name.substring(0, dot + 1) + String.format("%04d", declared(leaf == null ? null : leaf.getClass(), last))
                + last;
    }

    private static int declared(Class<?> type, String field) {
        if (type == null) {
            return 9999;
        }
        if (type.isRecord()) {
            java.lang.reflect.RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(field)) {
                    return i;
                }
            }
            return 9999;
        }
        java.lang.reflect.Field[] fields = type.getDeclaredFields();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getName().equals(field)) {
                return i;
            }
        }
        return 9999;
    }

    static String name(ConstraintViolation<?> violation) {
        StringJoiner joiner = new StringJoiner(".");
        Path.MethodNode method = null;
        Path.Node last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node;
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            }
            if (node.isInIterable() && node.getIndex() != null) {
                joiner.add(node.getIndex().toString());
            } else if (node.isInIterable() && node.getKey() != null) {
                joiner.add(node.getKey().toString());
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                joiner.add(node.getName());
            }
        }
        if (joiner.length() > 0) {
            return joiner.toString();
        }
        // A constraint on a query, path or header parameter itself names that parameter as the
        // client sent it; one on the request body as a whole is an object-level error.
        if (last != null && last.getKind() == ElementKind.PARAMETER && method != null) {
            return RequestParameters.clientName(violation.getRootBeanClass(), method,
                    last.as(Path.ParameterNode.class).getParameterIndex()).orElse(FieldValidationError.NON_FIELD_ERRORS);
        }
        return FieldValidationError.NON_FIELD_ERRORS;
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(n -> kinds.add(n.getKind()));
        return kinds;
    }
}
