package nl.zgw.zaken.onderdeel;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.zaak.ZaakRow;

import java.time.LocalDate;
import java.util.List;

/**
 * The besluiten of a zaak, for the afleidingswijzen ingangsdatum_besluit and vervaldatum_besluit.
 * The relation with the Besluiten API (zaakbesluiten) is not built yet: until then a zaak has no
 * besluiten here and those afleidingswijzen give no archiefactiedatum (as zrc-021 allows when the
 * brondatum cannot be known).
 */
@ApplicationScoped
public class ZaakBesluiten {

    /** The given date field (ingangsdatum, vervaldatum) of every besluit of the zaak. */
    public List<LocalDate> datums(ZaakRow zaak, String field) {
        return List.of();
    }
}
