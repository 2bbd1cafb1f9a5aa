package nl.zgw.besluiten.besluit.validation;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.besluit.BesluitStore;
import nl.zgw.shared.problem.ValidationException;

import java.time.LocalDate;

/**
 * brc-002: the identificatie of a besluit is unique per verantwoordelijkeOrganisatie and never
 * given twice ({@code identificatie-niet-uniek}); one the client leaves out is generated as
 * BESLUIT-&lt;year of the beslisdatum&gt;-&lt;10 digits&gt;, the next number of the organisation
 * in that year that was never given. That it does not change afterwards is {@link Onveranderlijk}.
 */
@ApplicationScoped
public class Besluitnummers {

    public static final String NIET_UNIEK = "identificatie-niet-uniek";
    private static final int POGINGEN = 1000;

    private final BesluitStore store;

    public Besluitnummers(BesluitStore store) {
        this.store = store;
    }

    /** The identificatie of a new besluit: the one given, claimed, or a new number. */
    public String voorNieuwBesluit(String verantwoordelijkeOrganisatie, String identificatie, LocalDate datum) {
        if (identificatie == null || identificatie.isEmpty()) {
            return nieuw(verantwoordelijkeOrganisatie, datum);
        }
        if (!store.claim(verantwoordelijkeOrganisatie, identificatie)) {
            throw ValidationException.of("identificatie", NIET_UNIEK,
                    "Deze identificatie is al gebruikt voor deze verantwoordelijke organisatie.");
        }
        return identificatie;
    }

    private String nieuw(String verantwoordelijkeOrganisatie, LocalDate datum) {
        int jaar = (datum == null ? LocalDate.now() : datum).getYear();
        for (int poging = 0; poging < POGINGEN; poging++) {
            String nummer = String.format("BESLUIT-%d-%010d", jaar, store.volgendNummer(verantwoordelijkeOrganisatie, jaar));
            if (store.claim(verantwoordelijkeOrganisatie, nummer)) {
                return nummer;
            }
            store.slaGegevenNummersOver(verantwoordelijkeOrganisatie, jaar); // numbers given by hand: continue after the highest
        }
        throw new IllegalStateException("no free besluitnummer for " + verantwoordelijkeOrganisatie + " in " + jaar);
    }
}
