package nl.zgw.notificaties.kanaal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class KanaalService {

    static final String COLLECTION = "kanaal";

    private final ResourceUrls urls;
    private final KanaalStore store;

    public KanaalService(ResourceUrls urls, KanaalStore store) {
        this.urls = urls;
        this.store = store;
    }

    @Transactional
    public List<Kanaal> list(String naam) {
        return store.list(naam).stream().map(this::toDto).toList();
    }

    @Transactional
    public Kanaal read(UUID uuid) {
        return store.find(uuid).map(this::toDto)
                .orElseThrow(() -> new NotFoundException("Kanaal " + uuid + " bestaat niet."));
    }

    /** Registers a kanaal; its naam is unique. */
    @Transactional
    public Kanaal create(Kanaal kanaal) {
        if (kanaal.documentatieLink() != null && !kanaal.documentatieLink().isEmpty()) {
            ResourceUrl.parse("documentatieLink", kanaal.documentatieLink(), 200);
        }
        // the lock serialises registrations of one naam, so the check below cannot race
        store.lock(kanaal.naam());
        if (!store.list(kanaal.naam()).isEmpty()) {
            throw ValidationException.of("naam", "unique", "Er bestaat al een kanaal met deze naam.");
        }
        var rij = new KanaalStore.Rij(UUID.randomUUID(), kanaal.naam(), kanaal.documentatieLink(),
                kanaal.filters() == null ? List.of() : List.copyOf(kanaal.filters()));
        store.insert(rij);
        return toDto(rij);
    }

    private Kanaal toDto(KanaalStore.Rij k) {
        return new Kanaal(urls.own(COLLECTION, k.uuid()).uri(), k.naam(), k.documentatieLink(), k.filters());
    }
}
