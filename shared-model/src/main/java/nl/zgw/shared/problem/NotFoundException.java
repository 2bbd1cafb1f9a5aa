package nl.zgw.shared.problem;

/** 404: the resource or route does not exist. */
public final class NotFoundException extends ZgwException {

    public NotFoundException(String detail) {
        super(404, "not_found", "Niet gevonden.", detail, null);
    }
}
