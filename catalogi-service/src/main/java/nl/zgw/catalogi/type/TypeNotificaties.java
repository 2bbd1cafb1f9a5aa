package nl.zgw.catalogi.type;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.notificatie.Kanaal;
import nl.zgw.shared.wijziging.Wijziging;

import java.util.List;
import java.util.Map;

/**
 * The Catalogi API publishes on three kanalen, {@code zaaktypen}, {@code informatieobjecttypen}
 * and {@code besluittypen}, each with kenmerk {@code catalogus}: create, update (PUT and PATCH)
 * and destroy of the type itself. Its own types (statustypen, ...) and publishing send nothing.
 * Fired as a {@link Wijziging} in the change's own transaction; the shared observer writes the outbox.
 */
@ApplicationScoped
public class TypeNotificaties {

    private static final List<String> KENMERKEN = List.of("catalogus");

    private final Event<Wijziging> gewijzigd;
    private final Links links;

    public TypeNotificaties(Event<Wijziging> gewijzigd, Links links) {
        this.gewijzigd = gewijzigd;
        this.links = links;
    }

    @Produces
    @Singleton
    @jakarta.inject.Named("zaaktypen")
    Kanaal zaaktypen() {
        return new Kanaal("zaaktypen", null, KENMERKEN);
    }

    @Produces
    @Singleton
    @jakarta.inject.Named("informatieobjecttypen")
    Kanaal informatieobjecttypen() {
        return new Kanaal("informatieobjecttypen", null, KENMERKEN);
    }

    @Produces
    @Singleton
    @jakarta.inject.Named("besluittypen")
    Kanaal besluittypen() {
        return new Kanaal("besluittypen", null, KENMERKEN);
    }

    public void changed(TypeRow row, String actie) {
        if (!row.soort().publishable()) {
            return;
        }
        String url = links.of(row.soort(), row.uuid());
        gewijzigd.fire(Wijziging.van(kanaal(row.soort()), row.soort().value(), url, actie,
                Map.of("catalogus", links.catalogus(row.catalogus()))));
    }

    private static String kanaal(Soort soort) {
        return soort.collection();
    }
}
