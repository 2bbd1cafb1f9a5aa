package nl.zgw.zaken.openapi;

import java.util.List;

/** The orderings of the zaken list and of {@code _zoek}, for the document. */
final class ZaakOrdering {

    static final List<Object> VALUES = List.of("startdatum", "-startdatum", "einddatum", "-einddatum",
            "publicatiedatum", "-publicatiedatum", "archiefactiedatum", "-archiefactiedatum", "registratiedatum",
            "-registratiedatum", "identificatie", "-identificatie");

    private ZaakOrdering() {
    }
}
