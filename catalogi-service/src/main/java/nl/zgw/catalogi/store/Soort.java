package nl.zgw.catalogi.store;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of type in a catalogus, with the collection each is served under. */
public enum Soort {
    ZAAKTYPE("zaaktype", "zaaktypen", true),
    INFORMATIEOBJECTTYPE("informatieobjecttype", "informatieobjecttypen", true),
    BESLUITTYPE("besluittype", "besluittypen", true),
    STATUSTYPE("statustype", "statustypen", false),
    ROLTYPE("roltype", "roltypen", false),
    RESULTAATTYPE("resultaattype", "resultaattypen", false),
    EIGENSCHAP("eigenschap", "eigenschappen", false),
    ZAAKTYPE_INFORMATIEOBJECTTYPE("zaaktype-informatieobjecttype", "zaaktype-informatieobjecttypen", false),
    ZAAKOBJECTTYPE("zaakobjecttype", "zaakobjecttypen", false);

    private final String value;
    private final String collection;
    private final boolean publishable;

    Soort(String value, String collection, boolean publishable) {
        this.value = value;
        this.collection = collection;
        this.publishable = publishable;
    }

    /** As stored in {@code catalogus_object.soort}. */
    public String value() {
        return value;
    }

    /** The path segment of the collection, e.g. {@code zaaktypen}. */
    public String collection() {
        return collection;
    }

    /** Has its own concept/published life cycle; the others belong to a zaaktype and follow it. */
    public boolean publishable() {
        return publishable;
    }

    public static Optional<Soort> ofValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
