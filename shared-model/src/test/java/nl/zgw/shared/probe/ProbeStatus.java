package nl.zgw.shared.probe;

import com.fasterxml.jackson.annotation.JsonValue;

public enum ProbeStatus {
    OPENBAAR("openbaar"),
    ZEER_GEHEIM("zeer_geheim");

    private final String value;

    ProbeStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
