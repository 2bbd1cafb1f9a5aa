package nl.zgw.notificaties.beheer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
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
             WHERE d.abonnement_uuid = ?""";

    private final ResourceUrls urls;
    private final Jdbc jdbc;

    public DeliveryBeheer(ResourceUrls urls, Jdbc jdbc) {
        this.urls = urls;
        this.jdbc = jdbc;
    }

    /** The latest 100 deliveries of an abonnement, optionally of one status, newest first. */
    @Transactional
    public List<DeliveryView> list(UUID abonnement, String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw ValidationException.of("status", "invalid_choice", "Kies uit pending, delivered, failed.");
        }
        return status == null
                ? jdbc.query(SELECT + " ORDER BY d.id DESC LIMIT 100", List.of(abonnement), this::view)
                : jdbc.query(SELECT + " AND d.status = ? ORDER BY d.id DESC LIMIT 100", List.of(abonnement, status),
                this::view);
    }

    /**
     * Puts a delivery that is no longer pending (failed or delivered) back in the queue, due now, with
     * its attempts reset; a pending one is already on its way (sending it again would send it twice at
     * once): 400. A resent delivery keeps its place in the order per hoofdObject, so the later pending
     * deliveries about that object wait for it (ADR 0008).
     */
    @Transactional
    public DeliveryView resend(UUID abonnement, long id) {
        int updated = jdbc.update("UPDATE delivery SET status = 'pending', attempts = 0, next_attempt_at = now(), "
                + "last_error = NULL WHERE id = ? AND abonnement_uuid = ? AND status <> 'pending'", id, abonnement);
        if (updated == 0) {
            if (jdbc.queryLong("SELECT count(*) FROM delivery WHERE id = ? AND abonnement_uuid = ?",
                    List.of(id, abonnement)) == 0) {
                throw new NotFoundException("Aflevering " + id + " van abonnement " + abonnement + " bestaat niet.");
            }
            throw ValidationException.of("status", "invalid", "Aflevering " + id + " staat al in de wachtrij.");
        }
        return jdbc.query(SELECT + " AND d.id = ?", List.of(abonnement, id), this::view).get(0);
    }

    private DeliveryView view(ResultSet r) throws SQLException {
        return new DeliveryView(r.getLong(1), urls.own("abonnement", r.getObject(2, UUID.class)).toString(),
                r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getInt(7), r.getString(8),
                r.getObject(9, OffsetDateTime.class), r.getObject(10, OffsetDateTime.class));
    }
}
