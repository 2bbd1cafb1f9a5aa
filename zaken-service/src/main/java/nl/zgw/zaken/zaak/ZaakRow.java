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

    /**
     * Kept in {@link #data} (never shown): which archive fields this service derived, so that they
     * are derived again when their inputs change, while values a client set stay as they are.
     */
    public static final String AFGELEID = "_afgeleid";

    /** Whether {@code field} (archiefnominatie, archiefactiedatum) holds a value this service derived. */
    public boolean afgeleid(String field) {
        return data.path(AFGELEID).path(field).asBoolean(false);
    }

    /**
     * This zaak with a new einddatum and archive fields (closing or reopening it), columns and JSON
     * alike; {@code nominatieAfgeleid}/{@code actiedatumAfgeleid} say which values were derived.
     */
    public ZaakRow withAfsluiting(LocalDate einddatum, String archiefnominatie, LocalDate archiefactiedatum,
                                  boolean nominatieAfgeleid, boolean actiedatumAfgeleid) {
        ObjectNode changed = data.deepCopy();
        changed.put("archiefnominatie", archiefnominatie);
        changed.put("archiefactiedatum", archiefactiedatum == null ? null : archiefactiedatum.toString());
        ObjectNode afgeleid = changed.putObject(AFGELEID);
        afgeleid.put("archiefnominatie", nominatieAfgeleid && archiefnominatie != null);
        afgeleid.put("archiefactiedatum", actiedatumAfgeleid && archiefactiedatum != null);
        return new ZaakRow(uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding,
                vertrouwelijkheidRank, startdatum, registratiedatum, einddatum, einddatumGepland,
                uiterlijkeEinddatumAfdoening, archiefnominatie, archiefstatus, archiefactiedatum, hoofdzaak, changed);
    }
}
