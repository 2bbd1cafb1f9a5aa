package nl.zgw.shared.problem;

/** 502/503: another ZGW API that this request depends on failed or is unreachable. */
public final class UpstreamException extends ZgwException {

    public UpstreamException(int status, String detail, Throwable cause) {
        super(status, "upstream_error", "Een afhankelijke API gaf een fout.", detail, cause);
    }
}
