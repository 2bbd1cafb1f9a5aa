package nl.zgw.shared.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Anything unforeseen: a 500 problem whose {@code instance} urn is logged with the cause. */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        return ProblemResponses.serverError(500, "error", "Er is een serverfout opgetreden.",
                "Er is een onverwachte fout opgetreden.", exception);
    }
}
