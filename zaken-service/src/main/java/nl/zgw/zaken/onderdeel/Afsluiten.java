package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.ZaakStore;
import nl.zgw.zaken.zaak.Zaaktypen;

import java.time.LocalDate;
import java.util.List;

/**
 * Closing and reopening a zaak (zrc-007, zrc-008) and its archive fields (zrc-021): closing needs
 * a resultaat, sets einddatum, takes the archiefnominatie of the resultaattype when the zaak has
 * none and derives the archiefactiedatum; reopening clears all three.
 */
@ApplicationScoped
public class Afsluiten {

    private final ZaakStore zaken;
    private final OnderdeelStore store;
    private final Zaaktypen zaaktypen;
    private final Archivering archivering;

    public Afsluiten(ZaakStore zaken, OnderdeelStore store, Zaaktypen zaaktypen, Archivering archivering) {
        this.zaken = zaken;
        this.store = store;
        this.zaaktypen = zaaktypen;
        this.archivering = archivering;
    }

    public void sluit(ZaakRow zaak, LocalDate einddatum) {
        List<OnderdeelRow> resultaat = store.ofZaak(Soort.RESULTAAT, zaak.uuid());
        if (resultaat.isEmpty()) {
            throw new ValidationException(List.of(FieldValidationError.nonField("resultaat-does-not-exist",
                    "De zaak heeft nog geen resultaat; zet dat voor de eindstatus.")));
        }
        JsonNode resultaattype = zaaktypen.type("resultaattype", resultaat.get(0).type(), "resultaattypen");
        String nominatie = zaak.archiefnominatie() != null ? zaak.archiefnominatie()
                : emptyToNull(resultaattype.path("archiefnominatie").asText(""));
        ZaakRow gesloten = zaak.withAfsluiting(einddatum, nominatie, zaak.archiefactiedatum());
        LocalDate actiedatum = archivering.archiefactiedatum(gesloten, resultaattype);
        zaken.update(gesloten.withAfsluiting(einddatum, nominatie, actiedatum != null ? actiedatum
                : manual(resultaattype) ? zaak.archiefactiedatum() : null));
    }

    public void heropen(ZaakRow zaak) {
        zaken.update(zaak.withAfsluiting(null, null, null));
    }

    /** A closed zaak whose inputs changed (resultaat, eigenschappen, zaakobjecten): derive again. */
    public void herbereken(ZaakRow zaak) {
        if (zaak.einddatum() != null && !store.ofZaak(Soort.RESULTAAT, zaak.uuid()).isEmpty()) {
            sluit(current(zaak), zaak.einddatum());
        }
    }

    private ZaakRow current(ZaakRow zaak) {
        return zaken.find(zaak.uuid()).orElse(zaak);
    }

    /** ander_datumkenmerk: the archiefactiedatum is set by hand and kept. */
    private static boolean manual(JsonNode resultaattype) {
        return "ander_datumkenmerk".equals(resultaattype.path("brondatumArchiefprocedure").path("afleidingswijze").asText());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
