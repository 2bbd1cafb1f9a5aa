package nl.zgw.shared.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;

/**
 * Anything unforeseen: a 500 problem whose {@code instance} urn is logged with the cause. Two
 * database outcomes of concurrent requests are not server errors and become a 409: a unique key
 * another request took first (SQLState 23505), a reference another request changed (23503), a
 * deadlock or serialization failure between two requests (40P01, 40001) and an optimistic-lock
 * conflict (a concurrent change of the same object); the client can retry. A client that closed
 * its connection while its request body was being read is not a server error either: a 400 that
 * no one will read, logged as a line at INFO instead of a stack trace at ERROR.
 */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(UnhandledExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return ProblemResponses.fout(409, "unique", "Conflict.",
                        "Een gelijktijdig verzoek legde dit als eerste vast; probeer het opnieuw.");
            }
            if (t instanceof SQLException sql && "23503".equals(sql.getSQLState())) {
                return ProblemResponses.fout(409, "conflict", "Conflict.",
                        "Het object hangt (nog) samen met een ander object; een gelijktijdig verzoek kan dat "
                                + "veranderd hebben.");
            }
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return ProblemResponses.fout(409, "concurrent-update", "Conflict.",
                        "Een gelijktijdig verzoek wijzigde dezelfde objecten; probeer het opnieuw.");
            }
            String name = t.getClass().getSimpleName();
            if (name.equals("HttpClosedException")) {
                LOG.infof("The client closed its connection before its request was read: %s", t.getMessage());
                return ProblemResponses.fout(400, "connection-closed", "Verbinding verbroken.",
                        "De verbinding werd verbroken voordat het verzoek binnen was.");
            }
            if (name.equals("OptimisticLockException") || name.equals("StaleObjectStateException")) {
                return ProblemResponses.fout(409, "concurrent-update", "Conflict.",
                        "Het object is tegelijk door een ander verzoek gewijzigd; haal het opnieuw op.");
            }
        }
        return ProblemResponses.serverError(500, "error", "Er is een serverfout opgetreden.",
                "Er is een onverwachte fout opgetreden.", exception);
    }
}
