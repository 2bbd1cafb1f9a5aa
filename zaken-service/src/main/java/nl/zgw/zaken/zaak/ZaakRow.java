package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.UUID;

/** One stored zaak: the columns that are filtered, ordered and authorised on, and the rest as JSON. */
public record ZaakRow(UUID uuid, String identificatie, String bronorganisatie, String zaaktype,
                      String vertrouwelijkheidaanduiding, int vertrouwelijkheidRank, LocalDate startdatum,
                      LocalDate registratiedatum, LocalDate einddatum, LocalDate einddatumGepland,
                      LocalDate uiterlijkeEinddatumAfdoening, String archiefnominatie, String archiefstatus,
                      LocalDate archiefactiedatum, UUID hoofdzaak, ObjectNode data) {

    /** This zaak with a new einddatum and archive fields (closing or reopening it), columns and JSON alike. */
    public ZaakRow withAfsluiting(LocalDate einddatum, String archiefnominatie, LocalDate archiefactiedatum) {
        ObjectNode changed = data.deepCopy();
        changed.put("archiefnominatie", archiefnominatie);
        changed.put("archiefactiedatum", archiefactiedatum == null ? null : archiefactiedatum.toString());
        return new ZaakRow(uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding,
                vertrouwelijkheidRank, startdatum, registratiedatum, einddatum, einddatumGepland,
                uiterlijkeEinddatumAfdoening, archiefnominatie, archiefstatus, archiefactiedatum, hoofdzaak, changed);
    }
}
