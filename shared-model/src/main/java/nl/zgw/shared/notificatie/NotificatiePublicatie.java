package nl.zgw.shared.notificatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.shared.wijziging.Wijziging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Every {@link Wijziging} a service fires becomes a notification in its outbox, in the transaction
 * of the change (ADR 0008): the one place a {@link Notificatie} is built from a change.
 */
@ApplicationScoped
public class NotificatiePublicatie {

    private final Outbox outbox;

    public NotificatiePublicatie(Outbox outbox) {
        this.outbox = outbox;
    }

    void publiceer(@Observes Wijziging wijziging) {
        outbox.add(new Notificatie(wijziging.kanaal(), wijziging.hoofdObject(), wijziging.resource(),
                wijziging.resourceUrl(), wijziging.actie(), OffsetDateTime.now(ZoneOffset.UTC), wijziging.kenmerken()));
    }
}
