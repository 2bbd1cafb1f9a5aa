package nl.zgw.notificaties.abonnement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.sql.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL over {@code abonnement} and its kanalen ({@code abonnement_kanaal}, in the order they
 * were given) (ADR 0013). A change names the version it was read at: a concurrent change in
 * between makes it touch no row, and the caller answers 409.
 */
@ApplicationScoped
public class AbonnementStore {

    /** An abonnement as stored. */
    public record Rij(UUID uuid, String callbackUrl, String auth, String clientId, long version,
                      List<Abonnement.FilterGroup> kanalen) {
    }

    /** One kanaal of an abonnement: whose, and its filters. */
    public record Filter(UUID abonnement, Map<String, String> filters) {
    }

    /** An abonnement with its kanalen in one statement, so both come from one snapshot. */
    private static final String SELECT = "SELECT a.uuid, a.callback_url, a.auth, a.client_id, a.version, "
            + "(SELECT coalesce(json_agg(json_build_object('naam', k.kanaal_naam, 'filters', k.filters) "
            + "ORDER BY k.position), '[]') FROM abonnement_kanaal k WHERE k.abonnement_uuid = a.uuid)::text "
            + "FROM abonnement a";

    /** What this store wrote itself: a plain mapper, not the API's with its checks on incoming JSON. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbc jdbc;

    public AbonnementStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** All abonnementen ({@code clientId} null) or those of one client, by uuid. */
    public List<Rij> list(String clientId) {
        return clientId == null
                ? jdbc.query(SELECT + " ORDER BY a.uuid", List.of(), this::rij)
                : jdbc.query(SELECT + " WHERE a.client_id = ? ORDER BY a.uuid", List.of(clientId), this::rij);
    }

    public Optional<Rij> find(UUID uuid) {
        return jdbc.query(SELECT + " WHERE a.uuid = ?", List.of(uuid), this::rij).stream().findFirst();
    }

    /** The filters of every abonnement on this kanaal, by abonnement and position. */
    public List<Filter> opKanaal(String kanaal) {
        return jdbc.query("SELECT abonnement_uuid, filters::text FROM abonnement_kanaal WHERE kanaal_naam = ? "
                        + "ORDER BY abonnement_uuid, position", List.of(kanaal),
                rs -> new Filter(rs.getObject(1, UUID.class), filters(tree(rs.getString(2)))));
    }

    public void insert(Rij a) {
        jdbc.update("INSERT INTO abonnement (uuid, callback_url, auth, client_id, version) VALUES (?, ?, ?, ?, 0)",
                a.uuid(), a.callbackUrl(), a.auth(), a.clientId());
        insertKanalen(a);
    }

    /** Replaces callback, auth and kanalen of the abonnement if it is still at {@code a.version()}. */
    public boolean update(Rij a) {
        if (jdbc.update("UPDATE abonnement SET callback_url = ?, auth = ?, version = version + 1 "
                + "WHERE uuid = ? AND version = ?", a.callbackUrl(), a.auth(), a.uuid(), a.version()) == 0) {
            return false;
        }
        jdbc.update("DELETE FROM abonnement_kanaal WHERE abonnement_uuid = ?", a.uuid());
        insertKanalen(a);
        return true;
    }

    /** Removes the abonnement (its kanalen cascade) if it is still at {@code version}. */
    public boolean delete(UUID uuid, long version) {
        return jdbc.update("DELETE FROM abonnement WHERE uuid = ? AND version = ?", uuid, version) > 0;
    }

    private void insertKanalen(Rij a) {
        List<String> namen = new ArrayList<>();
        List<String> filters = new ArrayList<>();
        for (Abonnement.FilterGroup group : a.kanalen()) {
            namen.add(group.naam());
            filters.add(write(group.filters())); // the service gives a kanaal without filters an empty map
        }
        if (!namen.isEmpty()) { // one statement for all kanalen; position is the order given
            jdbc.update("INSERT INTO abonnement_kanaal (abonnement_uuid, position, kanaal_naam, filters) "
                    + "SELECT ?, k.position - 1, k.naam, k.filters::jsonb "
                    + "FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS k(naam, filters, position)",
                    List.of(a.uuid(), namen, filters));
        }
    }

    private Rij rij(ResultSet rs) throws SQLException {
        List<Abonnement.FilterGroup> kanalen = new ArrayList<>();
        for (JsonNode kanaal : tree(rs.getString(6))) {
            kanalen.add(new Abonnement.FilterGroup(kanaal.get("naam").asText(), filters(kanaal.get("filters"))));
        }
        return new Rij(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                kanalen);
    }

    private static JsonNode tree(String stored) {
        try {
            return JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored JSON", e);
        }
    }

    private static String write(Map<String, String> filters) {
        return JSON.valueToTree(filters).toString();
    }

    /** A kanaal's filters as stored (a JSON object of kenmerk to value). */
    private static Map<String, String> filters(JsonNode stored) {
        Map<String, String> out = new LinkedHashMap<>();
        stored.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
