package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.zaken.zaak.ZaakRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;

/**
 * The besluiten of a zaak, for the afleidingswijzen ingangsdatum_besluit and vervaldatum_besluit
 * (zrc-021): the besluiten its zaakbesluiten name, read from the Besluiten API (with this
 * service's own client) once per request, before the zaak is locked where the change allows. A besluit that is gone by now counts no more; one the Besluiten API cannot
 * answer for is a 503, so no archiefactiedatum is derived from half the besluiten.
 */
@ApplicationScoped
public class ZaakBesluiten {

    /**
     * The besluiten this request read (by URL; empty: gone). Used through its methods only: the bean
     * is reached through a client proxy, whose own fields are not the request's.
     */
    @RequestScoped
    public static class Gelezen {
        private final Map<String, Optional<JsonNode>> besluiten = new HashMap<>();

        public Optional<JsonNode> besluit(String url, java.util.function.Function<String, Optional<JsonNode>> lees) {
            return besluiten.computeIfAbsent(url, lees);
        }
    }

    private final OnderdeelStore store;
    private final RemoteResources remote;
    private final Gelezen gelezen;

    public ZaakBesluiten(OnderdeelStore store, RemoteResources remote, Gelezen gelezen) {
        this.store = store;
        this.remote = remote;
        this.gelezen = gelezen;
    }

    /**
     * Reads the besluiten of a zaak now, before the change that may derive its archive fields locks
     * it, so that the Besluiten API is not asked while the lock is held (under the lock only a
     * zaakbesluit added meanwhile is read).
     */
    public void vooraf(UUID zaak) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        for (OnderdeelRow zaakbesluit : store.ofZaak(Soort.ZAAKBESLUIT, zaak)) {
            gelezen.besluit(zaakbesluit.sleutel(), url -> remote.fresh(ResourceUrl.of(url)));
        }
    }

    /** The given date field (ingangsdatum, vervaldatum) of every besluit of the zaak that has it set. */
    public List<LocalDate> datums(ZaakRow zaak, String field) {
        boolean request = Arc.container().requestContext().isActive();
        List<LocalDate> datums = new ArrayList<>();
        for (OnderdeelRow zaakbesluit : store.ofZaak(Soort.ZAAKBESLUIT, zaak.uuid())) {
            String url = zaakbesluit.sleutel();
            Optional<JsonNode> besluit = request ? gelezen.besluit(url, u -> remote.fresh(ResourceUrl.of(u)))
                    : remote.fresh(ResourceUrl.of(url));
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
