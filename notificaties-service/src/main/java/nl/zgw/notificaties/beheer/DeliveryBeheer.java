package nl.zgw.notificaties.beheer;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class DeliveryBeheer {

    private static final Set<String> STATUSES = Set.of("pending", "delivered", "failed");
    private static final String SELECT = """
            SELECT d.id, d.abonnement_uuid, n.kanaal, n.message->>'resourceUrl', n.message->>'actie', d.status,
                   d.attempts, d.last_error, d.next_attempt_at, d.delivered_at
              FROM delivery d JOIN notificatie n ON n.id = d.notificatie_id
             WHERE d.abonnement_uuid = ?1""";

    private final ResourceUrls urls;

    public DeliveryBeheer(ResourceUrls urls) {
        this.urls = urls;
    }

    /** The latest 100 deliveries of an abonnement, optionally of one status, newest first. */
    @Transactional
    public List<DeliveryView> list(UUID abonnement, String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw ValidationException.of("status", "invalid_choice", "Kies uit pending, delivered, failed.");
        }
        var query = Panache.getEntityManager().createNativeQuery(SELECT
                        + (status == null ? "" : " AND d.status = ?2") + " ORDER BY d.id DESC LIMIT 100")
                .setParameter(1, abonnement);
        if (status != null) {
            query.setParameter(2, status);
        }
        return ((List<?>) query.getResultList()).stream().map(r -> view((Object[]) r)).toList();
    }

    /**
     * Puts a delivery that is no longer pending (failed or delivered) back in the queue, due now, with
     * its attempts reset; a pending one is already on its way (sending it again would send it twice at
     * once): 400. A resent delivery keeps its place in the order per hoofdObject, so the later pending
     * deliveries about that object wait for it (ADR 0008).
     */
    @Transactional
    public DeliveryView resend(UUID abonnement, long id) {
        int updated = Panache.getEntityManager().createNativeQuery("UPDATE delivery SET status = 'pending', "
                        + "attempts = 0, next_attempt_at = now(), last_error = NULL WHERE id = ?1 AND abonnement_uuid = ?2 "
                        + "AND status <> 'pending'")
                .setParameter(1, id).setParameter(2, abonnement).executeUpdate();
        if (updated == 0) {
            List<?> bestaat = Panache.getEntityManager().createNativeQuery(
                            "SELECT 1 FROM delivery WHERE id = ?1 AND abonnement_uuid = ?2")
                    .setParameter(1, id).setParameter(2, abonnement).getResultList();
            if (bestaat.isEmpty()) {
                throw new NotFoundException("Aflevering " + id + " van abonnement " + abonnement + " bestaat niet.");
            }
            throw ValidationException.of("status", "invalid", "Aflevering " + id + " staat al in de wachtrij.");
        }
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(SELECT + " AND d.id = ?2")
                .setParameter(1, abonnement).setParameter(2, id).getSingleResult();
        return view(row);
    }

    private DeliveryView view(Object[] r) {
        return new DeliveryView(((Number) r[0]).longValue(), urls.own("abonnement", (UUID) r[1]).toString(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(),
                (String) r[7], time(r[8]), time(r[9]));
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
