package nl.zgw.catalogi.store;

import java.sql.SQLException;

/** A database error; carries the SQL state so unique violations still become 409 {@code unique}. */
public class StoreException extends RuntimeException {

    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
