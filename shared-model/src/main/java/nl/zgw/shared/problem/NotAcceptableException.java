package nl.zgw.shared.problem;

/** 406: the requested representation (media type, coordinate system) is not offered. */
public final class NotAcceptableException extends ZgwException {

    public NotAcceptableException(String detail) {
        super(406, "not_acceptable", "Kan niet voldoen aan de opgegeven Accept header.", detail, null);
    }
}
