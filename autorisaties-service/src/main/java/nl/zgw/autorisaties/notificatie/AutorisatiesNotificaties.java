package nl.zgw.autorisaties.notificatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import nl.zgw.autorisaties.applicatie.ApplicatieGewijzigd;
import nl.zgw.shared.notificatie.Kanaal;
import nl.zgw.shared.notificatie.Notificatie;
import nl.zgw.shared.notificatie.Outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Kanaal {@code autorisaties}: every change of an applicatie is published (resource
 * {@code applicatie}, no kenmerken), written to the outbox in the change's own transaction.
 */
@ApplicationScoped
public class AutorisatiesNotificaties {

    static final String KANAAL = "autorisaties";

    private final Outbox outbox;

    public AutorisatiesNotificaties(Outbox outbox) {
        this.outbox = outbox;
    }

    @Produces
    @jakarta.inject.Singleton
    Kanaal kanaal() {
        return new Kanaal(KANAAL, null, List.of());
    }

    void onChange(@Observes ApplicatieGewijzigd change) {
        String url = change.url().toString();
        outbox.add(new Notificatie(KANAAL, url, "applicatie", url, change.actie(),
                OffsetDateTime.now(ZoneOffset.UTC), Map.of()));
    }
}
