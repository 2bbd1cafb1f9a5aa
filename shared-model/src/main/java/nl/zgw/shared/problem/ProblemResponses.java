package nl.zgw.shared.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Builds {@code application/problem+json} responses. Every problem gets a fresh {@code instance}
 * urn; server errors are logged with that urn and their cause so an operator can find them, while
 * the client never sees a stack trace.
 */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    public static Response of(ZgwException e) {
        if (e instanceof ValidationException v) {
            return validation(v.code(), v.title(), v.detail(), v.invalidParams());
        }
        if (e.status() >= 500) {
            return serverError(e.status(), e.code(), e.title(), e.detail(), e);
        }
        return fout(e.status(), e.code(), e.title(), e.detail());
    }

    public static Response fout(int status, String code, String title, String detail) {
        if (status == 400) {
            return validation(code, title, detail, List.of());
        }
        Fout body = new Fout(type(code), code, title, status, detail, newInstance());
        return Response.status(status).type(PROBLEM_JSON_TYPE).entity(body).build();
    }

    public static Response validation(String code, String title, String detail, List<FieldValidationError> params) {
        ValidatieFout body = new ValidatieFout(type(code), code, title, 400, detail, newInstance(), params);
        return Response.status(400).type(PROBLEM_JSON_TYPE).entity(body).build();
    }

    public static Response validation(List<FieldValidationError> params) {
        return validation("invalid", "Invalid input.", "Een of meerdere parameters zijn ongeldig.", params);
    }

    public static Response serverError(int status, String code, String title, String detail, Throwable cause) {
        String instance = newInstance();
        LOG.errorf(cause, "%s: %s (%s)", instance, detail, cause == null ? "no cause" : cause.getClass().getName());
        Fout body = new Fout(type(code), code, title, status, detail, instance);
        return Response.status(status).type(PROBLEM_JSON_TYPE).entity(body).build();
    }

    static String type(String code) {
        return "urn:zgw:fout:" + code;
    }

    private static String newInstance() {
        return "urn:uuid:" + UUID.randomUUID();
    }
}
