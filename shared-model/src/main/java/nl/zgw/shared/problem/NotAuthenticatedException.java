package nl.zgw.shared.problem;

/** 401: no valid ZGW JWT came with the request. */
public final class NotAuthenticatedException extends ZgwException {

    public NotAuthenticatedException(String detail) {
        super(401, "not_authenticated", "Authenticatiegegevens zijn niet opgegeven.", detail, null);
    }
}
