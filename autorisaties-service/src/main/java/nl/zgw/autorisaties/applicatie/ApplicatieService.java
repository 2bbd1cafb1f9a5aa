package nl.zgw.autorisaties.applicatie;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.zgw.autorisaties.notificatie.AutorisatiesNotificaties;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.wijziging.Wijziging;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The use cases of the applicaties resource; each one is a transaction. */
@ApplicationScoped
public class ApplicatieService {

    private final ApplicatieRepository repository;
    private final ApplicatieMapper mapper;
    private final PartialUpdates partialUpdates;
    private final Event<Wijziging> gewijzigd;

    public ApplicatieService(ApplicatieRepository repository, ApplicatieMapper mapper, PartialUpdates partialUpdates,
                             Event<Wijziging> gewijzigd) {
        this.repository = repository;
        this.mapper = mapper;
        this.partialUpdates = partialUpdates;
        this.gewijzigd = gewijzigd;
    }

    @Transactional
    public Page<Applicatie> list(String clientIds, PageRequest request, URI requestUrl) {
        List<String> ids = clientIds == null || clientIds.isBlank() ? List.of()
                : Arrays.stream(clientIds.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        long count = repository.count(ids);
        request.requireExists(count);
        List<ApplicatieEntity> page = repository.page(ids, request.offset(), request.pageSize());
        Map<UUID, List<String>> clients = repository.clientIds(page.stream().map(a -> a.uuid).toList());
        return Page.of(request, count, page.stream().map(a -> mapper.toDto(a, clients.get(a.uuid))).toList(),
                requestUrl);
    }

    @Transactional
    public Applicatie read(UUID uuid) {
        return toDto(find(uuid));
    }

    @Transactional
    public Applicatie consumer(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw ValidationException.of("clientId", "required", "Dit veld is vereist.");
        }
        return repository.byClientId(clientId).map(this::toDto)
                .orElseThrow(() -> new NotFoundException("Er is geen applicatie met client id '" + clientId + "'."));
    }

    /**
     * Declarative setup: the applicatie holding any of the declared client ids is brought to the
     * declared state, or created when there is none.
     */
    @Transactional
    public Applicatie declare(Applicatie applicatie) {
        for (String clientId : applicatie.clientIds()) {
            Optional<ApplicatieEntity> existing = repository.byClientId(clientId);
            if (existing.isPresent()) {
                return save(existing.get(), existing.get().uuid, applicatie, "update");
            }
        }
        return create(applicatie);
    }

    @Transactional
    public Applicatie create(Applicatie applicatie) {
        return save(new ApplicatieEntity(), UUID.randomUUID(), applicatie, "create");
    }

    @Transactional
    public Applicatie update(UUID uuid, Applicatie applicatie) {
        return save(find(uuid), uuid, applicatie, "update");
    }

    /** PATCH: the fields sent replace those of the applicatie; the result must be valid as a whole. */
    @Transactional
    public Applicatie partialUpdate(UUID uuid, ObjectNode patch) {
        ApplicatieEntity entity = find(uuid);
        return save(entity, uuid, partialUpdates.merge(toDto(entity), patch, Applicatie.class), "partial_update");
    }

    @Transactional
    public void delete(UUID uuid) {
        ApplicatieEntity entity = find(uuid);
        URI url = mapper.url(uuid);
        repository.delete(entity);
        gewijzigd.fire(AutorisatiesNotificaties.wijziging("destroy", url));
    }

    private Applicatie save(ApplicatieEntity entity, UUID uuid, Applicatie applicatie, String actie) {
        ApplicatieRules.check(applicatie);
        List<String> taken = repository.takenElsewhere(applicatie.clientIds(), uuid);
        if (!taken.isEmpty()) {
            throw clientIdExists(taken);
        }
        boolean isNew = entity.uuid == null;
        entity.uuid = uuid;
        mapper.apply(applicatie, entity);
        if (isNew) {
            repository.persist(entity);
        }
        try {
            repository.flush();
            repository.replaceClientIds(uuid, applicatie.clientIds());
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // another request took one of these client ids between our check and our insert (ac-001)
            throw clientIdExists(applicatie.clientIds());
        }
        Applicatie saved = mapper.toDto(entity, applicatie.clientIds());
        gewijzigd.fire(AutorisatiesNotificaties.wijziging(actie, saved.url()));
        return saved;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ValidationException clientIdExists(List<String> clientIds) {
        return ValidationException.of("clientIds", "clientId-exists",
                "De client id(s) " + String.join(", ", clientIds) + " horen al bij een andere applicatie.");
    }

    private ApplicatieEntity find(UUID uuid) {
        return repository.findByIdOptional(uuid)
                .orElseThrow(() -> new NotFoundException("Applicatie " + uuid + " bestaat niet."));
    }

    private Applicatie toDto(ApplicatieEntity entity) {
        return mapper.toDto(entity, repository.clientIds(List.of(entity.uuid)).get(entity.uuid));
    }
}
