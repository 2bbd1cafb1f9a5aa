package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.ZaakStore;
import nl.zgw.zaken.zaak.Zaaktypen;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
    private final ResourceUrls urls;

    public Afsluiten(ZaakStore zaken, OnderdeelStore store, Zaaktypen zaaktypen, Archivering archivering,
                     ResourceUrls urls) {
        this.urls = urls;
        this.zaken = zaken;
        this.store = store;
        this.zaaktypen = zaaktypen;
        this.archivering = archivering;
    }

    /** The eindstatus closes the zaak: derive its archive fields, and those that follow its einddatum. */
    public void sluit(ZaakRow zaak, LocalDate einddatum) {
        List<OnderdeelRow> resultaat = store.ofZaak(Soort.RESULTAAT, zaak.uuid());
        if (resultaat.isEmpty()) {
            throw new ValidationException(List.of(FieldValidationError.nonField("resultaat-does-not-exist",
                    "De zaak heeft nog geen resultaat; zet dat voor de eindstatus.")));
        }
        leid(zaak, einddatum, resultaat.get(0));
        herberekenDeelzaken(zaak);
        herberekenGerelateerde(zaak);
    }

    /** Derives and stores the archive fields of a zaak closed on {@code einddatum}; returns it as stored. */
    private ZaakRow leid(ZaakRow zaak, LocalDate einddatum, OnderdeelRow resultaat) {
        JsonNode resultaattype = zaaktypen.type("resultaattype", resultaat.type(), "resultaattypen");
        // a value the client set stays (ander_datumkenmerk, corrections); a derived value follows its inputs
        boolean eigenNominatie = zaak.archiefnominatie() != null && !zaak.afgeleid("archiefnominatie");
        String nominatie = eigenNominatie ? zaak.archiefnominatie()
                : emptyToNull(resultaattype.path("archiefnominatie").asText(""));
        boolean eigenDatum = zaak.archiefactiedatum() != null && !zaak.afgeleid("archiefactiedatum");
        ZaakRow gesloten = zaak.withAfsluiting(einddatum, nominatie, zaak.archiefactiedatum(), !eigenNominatie, false);
        LocalDate actiedatum = eigenDatum ? zaak.archiefactiedatum() : archivering.archiefactiedatum(gesloten, resultaattype);
        ZaakRow afgeleid = gesloten.withAfsluiting(einddatum, nominatie, actiedatum, !eigenNominatie, !eigenDatum);
        zaken.update(afgeleid);
        return afgeleid;
    }

    public void heropen(ZaakRow zaak) {
        zaken.update(zaak.withAfsluiting(null, null, null, false, false));
        herberekenDeelzaken(zaak);
        herberekenGerelateerde(zaak);
    }

    /**
     * A closed zaak whose inputs changed (resultaat, eigenschappen, zaakobjecten, zaakbesluiten, the zaak itself):
     * derive again. Its einddatum is unchanged, so nothing further follows. Returns it as stored.
     */
    public ZaakRow herbereken(ZaakRow zaak) {
        ZaakRow current = zaken.find(zaak.uuid()).orElse(zaak);
        if (current.einddatum() == null) {
            return current;
        }
        List<OnderdeelRow> resultaat = store.ofZaak(Soort.RESULTAAT, current.uuid());
        return resultaat.isEmpty() ? current : leid(current, current.einddatum(), resultaat.get(0));
    }

    /** Closed deelzaken of a zaak that closes or reopens: their afleidingswijze hoofdzaak follows it. */
    private void herberekenDeelzaken(ZaakRow hoofdzaak) {
        if (hoofdzaak.hoofdzaak() != null) {
            return; // a deelzaak has no deelzaken
        }
        for (UUID[] pair : zaken.deelzaken(List.of(hoofdzaak.uuid()))) {
            zaken.lock(pair[1]).filter(d -> d.einddatum() != null).ifPresent(this::herbereken);
        }
    }

    /**
     * Closed zaken that name this one among their relevanteAndereZaken derive from its einddatum
     * (afleidingswijze gerelateerde_zaak): they follow when it closes or reopens.
     */
    private void herberekenGerelateerde(ZaakRow zaak) {
        for (ZaakRow naming : zaken.lockClosedNaming(urls.own("zaken", zaak.uuid()).toString())) {
            if (!naming.uuid().equals(zaak.uuid())) {
                herbereken(naming);
            }
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
