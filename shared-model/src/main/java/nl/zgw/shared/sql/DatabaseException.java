package nl.zgw.shared.sql;

import java.sql.SQLException;

/**
 * A statement failed. The {@link SQLException} stays the cause, so the problem mapper still answers
 * a unique violation, a changed reference or a deadlock between two requests with a 409.
 */
public class DatabaseException extends RuntimeException {

    public DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
