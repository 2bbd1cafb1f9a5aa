package nl.zgw.zaken.zaak;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.ValidationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The identificatie of a zaak: unique per bronorganisatie and never given twice
 * ({@code identificatie-niet-uniek}); one the client leaves out is generated as
 * ZAAK-&lt;year&gt;-&lt;10 digits&gt;, the next number of the bronorganisatie in that year that was
 * never given (claimed for a zaak or reserved).
 */
@ApplicationScoped
public class Zaaknummers {

    public static final String NIET_UNIEK = "identificatie-niet-uniek";

    private final ZaakStore store;

    public Zaaknummers(ZaakStore store) {
        this.store = store;
    }

    /** The identificatie of a new zaak: the one given, claimed, or a new number. */
    public String voorNieuweZaak(String bronorganisatie, String identificatie, LocalDate startdatum) {
        if (identificatie == null || identificatie.isEmpty()) {
            return nieuw(bronorganisatie, startdatum, true);
        }
        claim(bronorganisatie, identificatie);
        return identificatie;
    }

    /** Claims {@code identificatie} for a zaak of {@code bronorganisatie}; 400 when it was given before. */
    public void claim(String bronorganisatie, String identificatie) {
        if (!store.claim(bronorganisatie, identificatie)) {
            throw ValidationException.of("identificatie", NIET_UNIEK,
                    "Deze identificatie is al gebruikt voor deze bronorganisatie.");
        }
    }

    /** {@code aantal} new numbers, reserved for zaken to come. */
    public List<String> reserveer(String bronorganisatie, int aantal) {
        List<String> nummers = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            nummers.add(nieuw(bronorganisatie, LocalDate.now(), false));
        }
        return nummers;
    }

    private String nieuw(String bronorganisatie, LocalDate startdatum, boolean gebruikt) {
        int jaar = (startdatum == null ? LocalDate.now() : startdatum).getYear();
        for (int attempt = 0; attempt < 1000; attempt++) {
            String nummer = String.format("ZAAK-%d-%010d", jaar, store.nextNumber(bronorganisatie, jaar));
            if (gebruikt ? store.claimNew(bronorganisatie, nummer) : store.reserve(bronorganisatie, nummer)) {
                return nummer;
            }
            store.skipTaken(bronorganisatie, jaar); // numbers given by hand: continue after the highest
        }
        throw new IllegalStateException("no free zaaknummer for " + bronorganisatie + " in " + jaar);
    }
}
