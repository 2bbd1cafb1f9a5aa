package nl.zgw.documenten.informatieobject;

import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;

import java.util.List;
import java.util.UUID;

/**
 * A document as a whole: what its latest version says of the columns that are filtered, ordered and
 * authorised on, its latest version number and its lock (null when unlocked).
 */
public record InformatieObjectRow(UUID uuid, String bronorganisatie, String identificatie, String informatieobjecttype,
                                  String vertrouwelijkheidaanduiding, int vertrouwelijkheidRank, int versie, String lock,
                                  List<String> trefwoorden) {

    public Vertrouwelijkheidaanduiding niveau() {
        return Vertrouwelijkheidaanduiding.ofValue(vertrouwelijkheidaanduiding).orElseThrow();
    }

    public boolean locked() {
        return lock != null;
    }

    public InformatieObjectRow metLock(String nieuw) {
        return new InformatieObjectRow(uuid, bronorganisatie, identificatie, informatieobjecttype,
                vertrouwelijkheidaanduiding, vertrouwelijkheidRank, versie, nieuw, trefwoorden);
    }
}
