package nl.zgw.notificaties.notificatie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;

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

    private static final TypeReference<Map<String, String>> FILTERS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Event<DeliveriesQueued> queued;

    public NotificatieService(ObjectMapper json, Event<DeliveriesQueued> queued) {
        this.json = json;
        this.queued = queued;
    }

    @Transactional
    public Message publish(Message message) {
        ResourceUrl.parse("hoofdObject", message.hoofdObject());
        ResourceUrl.parse("resourceUrl", message.resourceUrl());
        var em = Panache.getEntityManager();
        List<?> kanaal = em.createQuery("select k.filters from KanaalEntity k where k.naam = :naam")
                .setParameter("naam", message.kanaal()).getResultList();
        if (kanaal.isEmpty()) {
            throw ValidationException.of("kanaal", "kanaal-bestaat-niet", "Er is geen kanaal '" + message.kanaal() + "'.");
        }
        Set<String> declared = Set.of((String[]) kanaal.get(0));
        Map<String, String> kenmerken = message.kenmerken() == null ? Map.of() : message.kenmerken();
        Set<String> unknown = new TreeSet<>(kenmerken.keySet());
        unknown.removeAll(declared);
        if (!unknown.isEmpty()) {
            throw ValidationException.of("kenmerken", "kenmerken-inconsistent",
                    "Kanaal '" + message.kanaal() + "' kent de kenmerken " + unknown + " niet.");
        }
        Number id = (Number) em.createNativeQuery(
                        "INSERT INTO notificatie (kanaal, message) VALUES (?1, cast(?2 as jsonb)) RETURNING id")
                .setParameter(1, message.kanaal())
                .setParameter(2, write(message))
                .getSingleResult();
        Set<UUID> matching = new LinkedHashSet<>();
        for (Object row : em.createNativeQuery("SELECT abonnement_uuid, cast(filters as text) FROM abonnement_kanaal "
                        + "WHERE kanaal_naam = ?1 ORDER BY abonnement_uuid, position")
                .setParameter(1, message.kanaal()).getResultList()) {
            Object[] r = (Object[]) row;
            if (Filters.match(read((String) r[1]), kenmerken)) {
                matching.add((UUID) r[0]);
            }
        }
        if (!matching.isEmpty()) { // one statement for every matching abonnement
            em.unwrap(org.hibernate.Session.class).doWork(connection -> {
                try (var insert = connection.prepareStatement("INSERT INTO delivery (notificatie_id, abonnement_uuid, "
                        + "status, hoofd_object) SELECT ?, abonnement, 'pending', ? FROM unnest(?) AS abonnement")) {
                    insert.setLong(1, id.longValue());
                    insert.setString(2, message.hoofdObject());
                    insert.setArray(3, connection.createArrayOf("uuid", matching.toArray()));
                    insert.executeUpdate();
                }
            });
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

    private Map<String, String> read(String filters) {
        try {
            return json.readValue(filters, FILTERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
