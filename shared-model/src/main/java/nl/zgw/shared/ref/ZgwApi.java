package nl.zgw.shared.ref;

import java.util.Arrays;
import java.util.Optional;

/** The six ZGW APIs of the suite, each under its own base path. */
public enum ZgwApi {
    ZAKEN("zaken"),
    CATALOGI("catalogi"),
    DOCUMENTEN("documenten"),
    BESLUITEN("besluiten"),
    AUTORISATIES("autorisaties"),
    NOTIFICATIES("notificaties");

    private final String component;

    ZgwApi(String component) {
        this.component = component;
    }

    /** The component name as ZGW writes it, e.g. {@code zaken}; also the service's schema name. */
    public String component() {
        return component;
    }

    /** The path this API is served under, e.g. {@code /zaken/api/v1}. */
    public String basePath() {
        return "/" + component + "/api/v1";
    }

    public static Optional<ZgwApi> ofComponent(String component) {
        return Arrays.stream(values()).filter(a -> a.component.equals(component)).findFirst();
    }

    @Override
    public String toString() {
        return component;
    }
}
