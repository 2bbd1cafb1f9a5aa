package nl.zgw.shared.problem;

/** 409: the request conflicts with the current state of the resource. */
public final class ConflictException extends ZgwException {

    public ConflictException(String code, String detail) {
        super(409, code, "Conflict.", detail, null);
    }
}
