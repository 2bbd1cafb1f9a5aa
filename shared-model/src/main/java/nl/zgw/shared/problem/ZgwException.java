package nl.zgw.shared.problem;

/**
 * Root of every error a ZGW service raises on purpose. Each member knows its HTTP status and its
 * stable {@code code}; {@link ZgwExceptionMapper} turns it into {@code application/problem+json}.
 */
public abstract sealed class ZgwException extends RuntimeException
        permits ValidationException, NotFoundException, NotAuthenticatedException, PermissionDeniedException,
        ConflictException, PreconditionFailedException, NotAcceptableException, UnsupportedMediaTypeException,
        UpstreamException {

    private final int status;
    private final String code;
    private final String title;

    protected ZgwException(int status, String code, String title, String detail, Throwable cause) {
        super(detail == null || detail.isBlank() ? title : detail, cause);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
