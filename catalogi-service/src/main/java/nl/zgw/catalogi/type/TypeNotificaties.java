package nl.zgw.catalogi.type;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.notificatie.Kanaal;
import nl.zgw.shared.notificatie.Notificatie;
import nl.zgw.shared.notificatie.Outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The Catalogi API publishes on three kanalen, {@code zaaktypen}, {@code informatieobjecttypen}
 * and {@code besluittypen}, each with kenmerk {@code catalogus}: create, update (PUT and PATCH)
 * and destroy of the type itself. Its own types (statustypen, ...) and publishing send nothing.
 * Written to the outbox in the change's own transaction.
 */
@ApplicationScoped
public class TypeNotificaties {

    private static final List<String> KENMERKEN = List.of("catalogus");

    private final Outbox outbox;
    private final Links links;

    public TypeNotificaties(Outbox outbox, Links links) {
        this.outbox = outbox;
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
        outbox.add(new Notificatie(kanaal(row.soort()), url, row.soort().value(), url, actie,
                OffsetDateTime.now(ZoneOffset.UTC), Map.of("catalogus", links.catalogus(row.catalogus()))));
    }

    private static String kanaal(Soort soort) {
        return soort.collection();
    }
}
