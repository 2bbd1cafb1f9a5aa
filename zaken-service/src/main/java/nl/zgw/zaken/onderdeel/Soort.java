package nl.zgw.zaken.onderdeel;

/** The kinds of object that live inside a zaak: the resource name and the collection of each. */
public enum Soort {
    STATUS("status", "statussen"),
    RESULTAAT("resultaat", "resultaten"),
    ROL("rol", "rollen"),
    ZAAKOBJECT("zaakobject", "zaakobjecten"),
    ZAAKEIGENSCHAP("zaakeigenschap", "zaakeigenschappen"),
    KLANTCONTACT("klantcontact", "klantcontacten"),
    ZAAKCONTACTMOMENT("zaakcontactmoment", "zaakcontactmomenten"),
    ZAAKVERZOEK("zaakverzoek", "zaakverzoeken"),
    ZAAKNOTITIE("zaaknotitie", "zaaknotities"),
    ZAAKINFORMATIEOBJECT("zaakinformatieobject", "zaakinformatieobjecten"),
    ZAAKBESLUIT("zaakbesluit", "besluiten");

    private final String resource;
    private final String collection;

    Soort(String resource, String collection) {
        this.resource = resource;
        this.collection = collection;
    }

    /** The resource name, as stored in column {@code soort} and sent in notifications. */
    public String resource() {
        return resource;
    }

    public String collection() {
        return collection;
    }

    /** True for the kinds served below their zaak ({@code zaken/<zaak>/<collection>/<uuid>}). */
    public boolean nested() {
        return this == ZAAKEIGENSCHAP || this == ZAAKBESLUIT;
    }

    public static Soort of(String resource) {
        for (Soort s : values()) {
            if (s.resource.equals(resource)) {
                return s;
            }
        }
        throw new IllegalArgumentException(resource);
    }
}
