package nl.zgw.notificaties.notificatie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.zgw.notificaties.abonnement.AbonnementStore;
import nl.zgw.notificaties.kanaal.KanaalStore;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Where;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Publishing: the message is checked against its kanaal, stored, and a delivery is queued for every
 * abonnement whose filters match, all in one transaction; the {@link DeliveryWorker}s do the rest.
 */
@ApplicationScoped
public class NotificatieService {

    private final ObjectMapper json;
    private final Event<DeliveriesQueued> queued;
    private final Jdbc jdbc;
    private final KanaalStore kanalen;
    private final AbonnementStore abonnementen;

    public NotificatieService(ObjectMapper json, Event<DeliveriesQueued> queued, Jdbc jdbc, KanaalStore kanalen,
                              AbonnementStore abonnementen) {
        this.json = json;
        this.queued = queued;
        this.jdbc = jdbc;
        this.kanalen = kanalen;
        this.abonnementen = abonnementen;
    }

    @Transactional
    public Message publish(Message message) {
        ResourceUrl.parse("hoofdObject", message.hoofdObject());
        ResourceUrl.parse("resourceUrl", message.resourceUrl());
        Set<String> declared = kanalen.kenmerken(List.of(message.kanaal())).get(message.kanaal());
        if (declared == null) {
            throw ValidationException.of("kanaal", "kanaal-bestaat-niet", "Er is geen kanaal '" + message.kanaal() + "'.");
        }
        Map<String, String> kenmerken = message.kenmerken() == null ? Map.of() : message.kenmerken();
        Set<String> unknown = new TreeSet<>(kenmerken.keySet());
        unknown.removeAll(declared);
        if (!unknown.isEmpty()) {
            throw ValidationException.of("kenmerken", "kenmerken-inconsistent",
                    "Kanaal '" + message.kanaal() + "' kent de kenmerken " + unknown + " niet.");
        }
        long id = jdbc.queryLong("INSERT INTO notificatie (kanaal, message) VALUES (?, cast(? as jsonb)) RETURNING id",
                List.of(message.kanaal(), write(message)));
        Set<UUID> matching = new LinkedHashSet<>();
        for (AbonnementStore.Filter filter : abonnementen.opKanaal(message.kanaal())) {
            if (Filters.match(filter.filters(), kenmerken)) {
                matching.add(filter.abonnement());
            }
        }
        if (!matching.isEmpty()) { // one statement for every matching abonnement that still exists
            Where bestaand = new Where().in("a.uuid", matching);
            List<Object> params = new ArrayList<>(List.of(id, message.hoofdObject()));
            params.addAll(bestaand.params());
            jdbc.update("INSERT INTO delivery (notificatie_id, abonnement_uuid, status, hoofd_object) "
                    + "SELECT ?, a.uuid, 'pending', ? FROM abonnement a" + bestaand.sql(), params);
            queued.fire(new DeliveriesQueued());
        }
        return message;
    }

    private String write(Message message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
