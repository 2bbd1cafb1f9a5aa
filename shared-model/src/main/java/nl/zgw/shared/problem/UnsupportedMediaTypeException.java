package nl.zgw.shared.problem;

/** 415: the request body has a media type this endpoint does not read. */
public final class UnsupportedMediaTypeException extends ZgwException {

    public UnsupportedMediaTypeException(String detail) {
        super(415, "unsupported_media_type", "Unsupported media type.", detail, null);
    }
}
