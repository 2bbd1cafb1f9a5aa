package nl.zgw.notificaties.abonnement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Abonnementen belong to the client that created them: a consumer sees and changes only its own
 * (an applicatie with heeftAlleAutorisaties sees all). Kanalen must exist and filters may only use
 * the kenmerken the kanaal declares.
 */
@ApplicationScoped
public class AbonnementService {

    static final String COLLECTION = "abonnement";

    private final ResourceUrls urls;
    private final CurrentCaller caller;
    private final CallbackCheck callback;
    private final PartialUpdates partialUpdates;

    public AbonnementService(ResourceUrls urls, CurrentCaller caller, CallbackCheck callback,
                             PartialUpdates partialUpdates) {
        this.urls = urls;
        this.caller = caller;
        this.callback = callback;
        this.partialUpdates = partialUpdates;
    }

    @Transactional
    public List<Abonnement> list() {
        var em = Panache.getEntityManager();
        var query = all()
                ? em.createQuery("select a from AbonnementEntity a order by a.uuid", AbonnementEntity.class)
                : em.createQuery("select a from AbonnementEntity a where a.clientId = :c order by a.uuid",
                AbonnementEntity.class).setParameter("c", caller.principal().clientId());
        return query.getResultList().stream().map(this::toDto).toList();
    }

    @Transactional
    public Abonnement read(UUID uuid) {
        return toDto(find(uuid));
    }

    @Transactional
    public Abonnement create(Abonnement abonnement) {
        AbonnementEntity entity = new AbonnementEntity();
        entity.uuid = UUID.randomUUID();
        entity.clientId = caller.principal().clientId();
        apply(abonnement, entity);
        Panache.getEntityManager().persist(entity);
        return toDto(entity);
    }

    @Transactional
    public Abonnement update(UUID uuid, Abonnement abonnement) {
        AbonnementEntity entity = find(uuid);
        apply(abonnement, entity);
        return toDto(entity);
    }

    /** PATCH: the fields sent replace the stored ones ({@code auth} too, if sent); then checked as a whole. */
    @Transactional
    public Abonnement partialUpdate(UUID uuid, ObjectNode patch) {
        AbonnementEntity entity = find(uuid);
        ObjectNode current = partialUpdates.tree(toDto(entity));
        current.put("auth", entity.auth); // write-only, so not in the representation
        apply(partialUpdates.merge(current, patch, Abonnement.class), entity);
        return toDto(entity);
    }

    @Transactional
    public void delete(UUID uuid) {
        Panache.getEntityManager().remove(find(uuid));
    }

    private void apply(Abonnement abonnement, AbonnementEntity entity) {
        checkKanalen(abonnement.kanalen());
        callback.check(abonnement.callbackUrl(), abonnement.auth());
        entity.callbackUrl = abonnement.callbackUrl();
        entity.auth = abonnement.auth();
        entity.kanalen.clear();
        for (int i = 0; i < abonnement.kanalen().size(); i++) {
            Abonnement.FilterGroup group = abonnement.kanalen().get(i);
            AbonnementKanaalEntity k = new AbonnementKanaalEntity();
            k.position = i;
            k.kanaalNaam = group.naam();
            k.filters = group.filters() == null ? Map.of() : new HashMap<>(group.filters());
            entity.kanalen.add(k);
        }
    }

    /** Every kanaal exists; a filter names only kenmerken its kanaal declares. */
    private void checkKanalen(List<Abonnement.FilterGroup> groups) {
        List<String> namen = groups.stream().map(Abonnement.FilterGroup::naam).distinct().toList();
        Map<String, Set<String>> declared = new HashMap<>();
        if (!namen.isEmpty()) {
            Panache.getEntityManager()
                    .createQuery("select k.naam, k.filters from KanaalEntity k where k.naam in :namen", Object[].class)
                    .setParameter("namen", namen)
                    .getResultList()
                    .forEach(row -> declared.put((String) row[0], Set.of((String[]) row[1])));
        }
        List<FieldValidationError> errors = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Abonnement.FilterGroup group = groups.get(i);
            Set<String> kenmerken = declared.get(group.naam());
            if (kenmerken == null) {
                errors.add(new FieldValidationError("kanalen." + i + ".naam", "kanaal-bestaat-niet",
                        "Er is geen kanaal '" + group.naam() + "'."));
                continue;
            }
            Set<String> unknown = group.filters() == null ? Set.of() : group.filters().keySet().stream()
                    .filter(k -> !kenmerken.contains(k)).collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!unknown.isEmpty()) {
                errors.add(new FieldValidationError("kanalen." + i + ".filters", "kenmerken-inconsistent",
                        "Kanaal '" + group.naam() + "' kent de kenmerken " + unknown + " niet; wel: "
                                + new java.util.TreeSet<>(kenmerken) + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private AbonnementEntity find(UUID uuid) {
        AbonnementEntity entity = Panache.getEntityManager().find(AbonnementEntity.class, uuid);
        if (entity == null || !(all() || entity.clientId.equals(caller.principal().clientId()))) {
            // another client's abonnement is not shown to exist
            throw new NotFoundException("Abonnement " + uuid + " bestaat niet.");
        }
        return entity;
    }

    private boolean all() {
        return caller.autorisaties().heeftAlleAutorisaties();
    }

    private Abonnement toDto(AbonnementEntity e) {
        return new Abonnement(urls.own(COLLECTION, e.uuid).uri(), e.callbackUrl, null,
                e.kanalen.stream().map(k -> new Abonnement.FilterGroup(k.kanaalNaam, Map.copyOf(k.filters))).toList());
    }
}
