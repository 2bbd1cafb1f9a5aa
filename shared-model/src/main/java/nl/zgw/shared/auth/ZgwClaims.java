package nl.zgw.shared.auth;

/** The claim names a ZGW JWT carries. */
public final class ZgwClaims {

    public static final String CLIENT_ID = "client_id";
    public static final String USER_ID = "user_id";
    public static final String USER_REPRESENTATION = "user_representation";

    private ZgwClaims() {
    }
}
