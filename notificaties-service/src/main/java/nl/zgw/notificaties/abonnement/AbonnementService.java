package nl.zgw.notificaties.abonnement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.notificaties.kanaal.KanaalStore;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.problem.ConflictException;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;

import java.util.ArrayList;
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
    private final AbonnementStore store;
    private final KanaalStore kanaalStore;

    public AbonnementService(ResourceUrls urls, CurrentCaller caller, CallbackCheck callback,
                             PartialUpdates partialUpdates, AbonnementStore store, KanaalStore kanaalStore) {
        this.urls = urls;
        this.caller = caller;
        this.callback = callback;
        this.partialUpdates = partialUpdates;
        this.store = store;
        this.kanaalStore = kanaalStore;
    }

    @Transactional
    public List<Abonnement> list() {
        return store.list(all() ? null : caller.principal().clientId()).stream().map(this::toDto).toList();
    }

    @Transactional
    public Abonnement read(UUID uuid) {
        return toDto(find(uuid));
    }

    @Transactional
    public Abonnement create(Abonnement abonnement) {
        check(abonnement);
        var rij = new AbonnementStore.Rij(UUID.randomUUID(), abonnement.callbackUrl(), abonnement.auth(),
                caller.principal().clientId(), 0, kanalen(abonnement));
        store.insert(rij);
        return toDto(rij);
    }

    @Transactional
    public Abonnement update(UUID uuid, Abonnement abonnement) {
        return replace(find(uuid), abonnement);
    }

    /** PATCH: the fields sent replace the stored ones ({@code auth} too, if sent); then checked as a whole. */
    @Transactional
    public Abonnement partialUpdate(UUID uuid, ObjectNode patch) {
        AbonnementStore.Rij stored = find(uuid);
        ObjectNode current = partialUpdates.tree(toDto(stored));
        current.put("auth", stored.auth()); // write-only, so not in the representation
        return replace(stored, partialUpdates.merge(current, patch, Abonnement.class));
    }

    @Transactional
    public void delete(UUID uuid) {
        AbonnementStore.Rij stored = find(uuid);
        if (!store.delete(uuid, stored.version())) {
            throw concurrent();
        }
    }

    private Abonnement replace(AbonnementStore.Rij stored, Abonnement abonnement) {
        check(abonnement);
        var rij = new AbonnementStore.Rij(stored.uuid(), abonnement.callbackUrl(), abonnement.auth(), stored.clientId(),
                stored.version(), kanalen(abonnement));
        if (!store.update(rij)) {
            throw concurrent();
        }
        return toDto(rij);
    }

    private void check(Abonnement abonnement) {
        checkKanalen(abonnement.kanalen());
        callback.check(abonnement.callbackUrl(), abonnement.auth());
    }

    /** The kanalen as stored: a kanaal without filters has an empty set of them. */
    private static List<Abonnement.FilterGroup> kanalen(Abonnement abonnement) {
        return abonnement.kanalen().stream().map(k -> k.filters() != null ? k
                : new Abonnement.FilterGroup(k.naam(), Map.of())).toList();
    }

    private static ConflictException concurrent() {
        return new ConflictException("concurrent-update",
                "Het abonnement is tegelijk door een ander verzoek gewijzigd; haal het opnieuw op.");
    }

    /** Every kanaal exists; a filter names only kenmerken its kanaal declares. */
    private void checkKanalen(List<Abonnement.FilterGroup> groups) {
        List<String> namen = groups.stream().map(Abonnement.FilterGroup::naam).distinct().toList();
        Map<String, Set<String>> declared = kanaalStore.kenmerken(namen);
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

    private AbonnementStore.Rij find(UUID uuid) {
        return store.find(uuid).filter(a -> all() || a.clientId().equals(caller.principal().clientId()))
                // another client's abonnement is not shown to exist
                .orElseThrow(() -> new NotFoundException("Abonnement " + uuid + " bestaat niet."));
    }

    private boolean all() {
        return caller.autorisaties().heeftAlleAutorisaties();
    }

    private Abonnement toDto(AbonnementStore.Rij a) {
        return new Abonnement(urls.own(COLLECTION, a.uuid()).uri(), a.callbackUrl(), null, a.kanalen());
    }
}
