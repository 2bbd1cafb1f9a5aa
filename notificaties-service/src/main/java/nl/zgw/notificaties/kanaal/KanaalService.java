package nl.zgw.notificaties.kanaal;

import io.quarkus.hibernate.orm.panache.Panache;
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

    public KanaalService(ResourceUrls urls) {
        this.urls = urls;
    }

    @Transactional
    public List<Kanaal> list(String naam) {
        var em = Panache.getEntityManager();
        var query = naam == null
                ? em.createQuery("select k from KanaalEntity k order by k.naam", KanaalEntity.class)
                : em.createQuery("select k from KanaalEntity k where k.naam = :naam", KanaalEntity.class)
                .setParameter("naam", naam);
        return query.getResultList().stream().map(this::toDto).toList();
    }

    @Transactional
    public Kanaal read(UUID uuid) {
        KanaalEntity k = Panache.getEntityManager().find(KanaalEntity.class, uuid);
        if (k == null) {
            throw new NotFoundException("Kanaal " + uuid + " bestaat niet.");
        }
        return toDto(k);
    }

    /** Registers a kanaal; its naam is unique. */
    @Transactional
    public Kanaal create(Kanaal kanaal) {
        if (kanaal.documentatieLink() != null && !kanaal.documentatieLink().isEmpty()) {
            ResourceUrl.parse("documentatieLink", kanaal.documentatieLink(), 200);
        }
        var em = Panache.getEntityManager();
        // the lock serialises registrations of one naam (in this schema: of this tenant), so the check below cannot race
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '/' || ?1))")
                .setParameter(1, kanaal.naam())
                .getSingleResult();
        if (!list(kanaal.naam()).isEmpty()) {
            throw ValidationException.of("naam", "unique", "Er bestaat al een kanaal met deze naam.");
        }
        KanaalEntity k = new KanaalEntity();
        k.uuid = UUID.randomUUID();
        k.naam = kanaal.naam();
        k.documentatieLink = kanaal.documentatieLink();
        k.filters = kanaal.filters() == null ? new String[0] : kanaal.filters().toArray(String[]::new);
        em.persist(k);
        return toDto(k);
    }

    private Kanaal toDto(KanaalEntity k) {
        return new Kanaal(urls.own(COLLECTION, k.uuid).uri(), k.naam, k.documentatieLink, List.of(k.filters));
    }
}
