package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.zaken.zaak.ZaakRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The besluiten of a zaak, for the afleidingswijzen ingangsdatum_besluit and vervaldatum_besluit
 * (zrc-021): the besluiten its zaakbesluiten name, each read now from the Besluiten API (with this
 * service's own client). A besluit that is gone by now counts no more; one the Besluiten API cannot
 * answer for is a 503, so no archiefactiedatum is derived from half the besluiten.
 */
@ApplicationScoped
public class ZaakBesluiten {

    private final OnderdeelStore store;
    private final RemoteResources remote;

    public ZaakBesluiten(OnderdeelStore store, RemoteResources remote) {
        this.store = store;
        this.remote = remote;
    }

    /** The given date field (ingangsdatum, vervaldatum) of every besluit of the zaak that has it set. */
    public List<LocalDate> datums(ZaakRow zaak, String field) {
        List<LocalDate> datums = new ArrayList<>();
        for (OnderdeelRow zaakbesluit : store.ofZaak(Soort.ZAAKBESLUIT, zaak.uuid())) {
            Optional<JsonNode> besluit = remote.fresh(ResourceUrl.of(zaakbesluit.sleutel()));
            if (besluit.isEmpty()) {
                continue; // deleted in the Besluiten API; its zaakbesluit goes soon
            }
            JsonNode value = besluit.get().path(field);
            LocalDate datum = value.isTextual() ? Archivering.date(value.asText()) : null;
            if (datum != null) {
                datums.add(datum);
            }
        }
        return datums;
    }
}
