package nl.zgw.autorisaties.applicatie;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Applicaties and their client ids; every query is served by a primary key or an index. */
@ApplicationScoped
public class ApplicatieRepository implements PanacheRepositoryBase<ApplicatieEntity, UUID> {

    /** A page of applicaties, optionally only those with one of {@code clientIds}, in a stable order. */
    List<ApplicatieEntity> page(List<String> clientIds, long offset, int size) {
        String where = clientIds.isEmpty() ? "" : " where " + hasClientId();
        var query = getEntityManager().createQuery("select a from ApplicatieEntity a" + where + " order by a.uuid",
                ApplicatieEntity.class);
        if (!clientIds.isEmpty()) {
            query.setParameter("ids", clientIds);
        }
        return query.setFirstResult((int) Math.min(offset, Integer.MAX_VALUE)).setMaxResults(size).getResultList();
    }

    long count(List<String> clientIds) {
        if (clientIds.isEmpty()) {
            return count();
        }
        return getEntityManager().createQuery("select count(a) from ApplicatieEntity a where " + hasClientId(), Long.class)
                .setParameter("ids", clientIds).getSingleResult();
    }

    private static String hasClientId() {
        return "exists (select 1 from ApplicatieClientIdEntity c where c.applicatieUuid = a.uuid and c.clientId in :ids)";
    }

    /** The client ids of each applicatie, in their order: one query for a whole page. */
    Map<UUID, List<String>> clientIds(Collection<UUID> applicaties) {
        Map<UUID, List<String>> result = new LinkedHashMap<>();
        applicaties.forEach(uuid -> result.put(uuid, new java.util.ArrayList<>()));
        if (applicaties.isEmpty()) {
            return result;
        }
        // scalar rows, not managed entities: replaceClientIds may insert the same ids again
        getEntityManager().createQuery("select c.applicatieUuid, c.clientId from ApplicatieClientIdEntity c "
                        + "where c.applicatieUuid in :uuids order by c.applicatieUuid, c.position", Object[].class)
                .setParameter("uuids", applicaties)
                .getResultList()
                .forEach(row -> result.get((UUID) row[0]).add((String) row[1]));
        return result;
    }

    Optional<ApplicatieEntity> byClientId(String clientId) {
        return getEntityManager().createQuery("select c.applicatieUuid from ApplicatieClientIdEntity c "
                        + "where c.clientId = :id", UUID.class)
                .setParameter("id", clientId)
                .getResultStream().findFirst()
                .flatMap(this::findByIdOptional);
    }

    /** Which of {@code clientIds} belong to an applicatie other than {@code self}. */
    List<String> takenElsewhere(List<String> clientIds, UUID self) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select c.clientId from ApplicatieClientIdEntity c "
                        + "where c.clientId in :ids and c.applicatieUuid <> :self order by c.clientId", String.class)
                .setParameter("ids", clientIds)
                .setParameter("self", self)
                .getResultList();
    }

    /** Replaces the client ids of an applicatie; the bulk delete runs before the inserts. */
    void replaceClientIds(UUID applicatie, List<String> clientIds) {
        getEntityManager().createQuery("delete from ApplicatieClientIdEntity c where c.applicatieUuid = :uuid")
                .setParameter("uuid", applicatie).executeUpdate();
        for (int i = 0; i < clientIds.size(); i++) {
            getEntityManager().persist(new ApplicatieClientIdEntity(clientIds.get(i), applicatie, i));
        }
        getEntityManager().flush();
    }
}
