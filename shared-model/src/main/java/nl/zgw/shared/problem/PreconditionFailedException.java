package nl.zgw.shared.problem;

/** 412: a required request header (e.g. {@code Content-Crs}) is missing. */
public final class PreconditionFailedException extends ZgwException {

    public PreconditionFailedException(String detail) {
        super(412, "precondition_failed", "Precondition failed.", detail, null);
    }
}
