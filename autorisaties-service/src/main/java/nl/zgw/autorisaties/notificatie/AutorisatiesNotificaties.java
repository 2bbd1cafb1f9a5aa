package nl.zgw.autorisaties.notificatie;

import jakarta.enterprise.inject.Produces;
import nl.zgw.shared.notificatie.Kanaal;
import nl.zgw.shared.wijziging.Wijziging;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Kanaal {@code autorisaties}: every change of an applicatie is published (resource
 * {@code applicatie}, no kenmerken). The use case fires the {@link Wijziging} in its transaction;
 * the shared observer writes it to the outbox.
 */
public class AutorisatiesNotificaties {

    static final String KANAAL = "autorisaties";

    public static Wijziging wijziging(String actie, URI applicatie) {
        return Wijziging.van(KANAAL, "applicatie", applicatie.toString(), actie, Map.of());
    }

    @Produces
    @jakarta.inject.Singleton
    Kanaal kanaal() {
        return new Kanaal(KANAAL, null, List.of());
    }
}
