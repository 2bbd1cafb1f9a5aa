package nl.zgw.notificaties.beheer;

import java.time.OffsetDateTime;

/** One delivery as an operator sees it: to which abonnement, of which message, and how it went. */
public record DeliveryView(long id, String abonnement, String kanaal, String resourceUrl, String actie,
                           String status, int attempts, String lastError, OffsetDateTime nextAttemptAt,
                           OffsetDateTime deliveredAt) {
}
