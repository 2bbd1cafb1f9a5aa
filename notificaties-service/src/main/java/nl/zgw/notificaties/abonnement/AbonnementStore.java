package nl.zgw.notificaties.abonnement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final String SELECT = "SELECT uuid, callback_url, auth, client_id, version FROM abonnement";

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public AbonnementStore(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** All abonnementen ({@code clientId} null) or those of one client, by uuid; two statements. */
    public List<Rij> list(String clientId) {
        List<Rij> zonderKanalen = clientId == null
                ? jdbc.query(SELECT + " ORDER BY uuid", List.of(), AbonnementStore::rij)
                : jdbc.query(SELECT + " WHERE client_id = ? ORDER BY uuid", List.of(clientId), AbonnementStore::rij);
        if (zonderKanalen.isEmpty()) {
            return zonderKanalen;
        }
        Map<UUID, List<Abonnement.FilterGroup>> kanalen = new LinkedHashMap<>();
        jdbc.run("SELECT abonnement_uuid, kanaal_naam, filters::text FROM abonnement_kanaal "
                        + "WHERE abonnement_uuid = ANY(?) ORDER BY abonnement_uuid, position",
                List.of(zonderKanalen.stream().map(Rij::uuid).toList()), rs -> {
                    while (rs.next()) {
                        kanalen.computeIfAbsent(rs.getObject(1, UUID.class), u -> new ArrayList<>())
                                .add(new Abonnement.FilterGroup(rs.getString(2), filters(rs.getString(3))));
                    }
                });
        return zonderKanalen.stream().map(a -> withKanalen(a, kanalen.getOrDefault(a.uuid(), List.of()))).toList();
    }

    public Optional<Rij> find(UUID uuid) {
        return jdbc.query(SELECT + " WHERE uuid = ?", List.of(uuid), AbonnementStore::rij).stream().findFirst()
                .map(a -> withKanalen(a, jdbc.query("SELECT kanaal_naam, filters::text FROM abonnement_kanaal "
                                + "WHERE abonnement_uuid = ? ORDER BY position", List.of(uuid),
                        rs -> new Abonnement.FilterGroup(rs.getString(1), filters(rs.getString(2))))));
    }

    /** The filters of every abonnement on this kanaal, by abonnement and position. */
    public List<Filter> opKanaal(String kanaal) {
        return jdbc.query("SELECT abonnement_uuid, filters::text FROM abonnement_kanaal WHERE kanaal_naam = ? "
                        + "ORDER BY abonnement_uuid, position", List.of(kanaal),
                rs -> new Filter(rs.getObject(1, UUID.class), filters(rs.getString(2))));
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
            filters.add(write(group.filters() == null ? Map.of() : group.filters()));
        }
        if (!namen.isEmpty()) { // one statement for all kanalen; position is the order given
            jdbc.update("INSERT INTO abonnement_kanaal (abonnement_uuid, position, kanaal_naam, filters) "
                    + "SELECT ?, k.position - 1, k.naam, k.filters::jsonb "
                    + "FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS k(naam, filters, position)",
                    List.of(a.uuid(), namen, filters));
        }
    }

    private static Rij withKanalen(Rij a, List<Abonnement.FilterGroup> kanalen) {
        return new Rij(a.uuid(), a.callbackUrl(), a.auth(), a.clientId(), a.version(), kanalen);
    }

    private static Rij rij(ResultSet rs) throws SQLException {
        return new Rij(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                List.of());
    }

    private String write(Map<String, String> filters) {
        return json.valueToTree(filters).toString();
    }

    private Map<String, String> filters(String stored) {
        ObjectNode node = jdbc.object(stored);
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
