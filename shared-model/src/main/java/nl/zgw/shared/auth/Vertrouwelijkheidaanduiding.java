package nl.zgw.shared.auth;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The ordered confidentiality levels of ZGW, from least to most confidential. */
public enum Vertrouwelijkheidaanduiding {
    OPENBAAR("openbaar"),
    BEPERKT_OPENBAAR("beperkt_openbaar"),
    INTERN("intern"),
    ZAAKVERTROUWELIJK("zaakvertrouwelijk"),
    VERTROUWELIJK("vertrouwelijk"),
    CONFIDENTIEEL("confidentieel"),
    GEHEIM("geheim"),
    ZEER_GEHEIM("zeer_geheim");

    private final String value;

    Vertrouwelijkheidaanduiding(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** 0 for openbaar up to 7 for zeer_geheim; stored beside the value so SQL can compare. */
    public int rank() {
        return ordinal();
    }

    /** True when an object with this level may be shown to a client allowed up to {@code max}. */
    public boolean atMost(Vertrouwelijkheidaanduiding max) {
        return rank() <= max.rank();
    }

    public static Optional<Vertrouwelijkheidaanduiding> ofValue(String value) {
        return Arrays.stream(values()).filter(v -> v.value.equals(value)).findFirst();
    }
}
