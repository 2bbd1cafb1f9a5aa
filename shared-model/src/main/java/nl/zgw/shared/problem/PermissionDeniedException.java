package nl.zgw.shared.problem;

/** 403: the client is known but may not do this. */
public final class PermissionDeniedException extends ZgwException {

    public PermissionDeniedException(String detail) {
        super(403, "permission_denied", "U heeft geen toestemming om deze actie uit te voeren.", detail, null);
    }
}
