package nl.zgw.zaken.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.TokenVerifier;
import nl.zgw.zaken.store.Jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records every change of a zaak and of the objects inside it, in the transaction of the change:
 * who (client and user from the token), what (old and new JSON), why ({@code X-Audit-Toelichting}).
 */
@ApplicationScoped
public class AuditTrails {

    public static final String TOELICHTING_HEADER = "X-Audit-Toelichting";
    private static final Map<String, String> WEERGAVE = Map.of("create", "Object aangemaakt",
            "update", "Object bijgewerkt", "partial_update", "Object deels bijgewerkt", "destroy", "Object verwijderd");
    private static final Map<String, Integer> RESULTAAT = Map.of("create", 201, "update", 200, "partial_update", 200,
            "destroy", 204);

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final CurrentCaller caller;
    private final Instance<HttpServerRequest> request;

    public AuditTrails(Jdbc jdbc, ObjectMapper json, CurrentCaller caller, Instance<HttpServerRequest> request) {
        this.jdbc = jdbc;
        this.json = json;
        this.caller = caller;
        this.request = request;
    }

    /**
     * One change of {@code resource} inside zaak {@code zaak} (whose URL is {@code hoofdObject});
     * {@code oud}/{@code nieuw} are the representations before and after (null when absent).
     */
    public void record(UUID zaak, String hoofdObject, String resource, String resourceUrl, String actie,
                       String resourceWeergave, Object oud, Object nieuw) {
        TokenVerifier.VerifiedCaller who = caller.principal().caller();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        UUID uuid = UUID.randomUUID();
        AuditTrail entry = new AuditTrail(uuid.toString(), "zrc", who.clientId(), who.clientId(),
                empty(who.userId()), empty(who.userRepresentation()), actie, WEERGAVE.get(actie),
                RESULTAAT.get(actie), hoofdObject, resource, resourceUrl, toelichting(),
                resourceWeergave == null ? "" : truncate(resourceWeergave, 200), now,
                new AuditTrail.Wijzigingen(tree(oud), tree(nieuw)));
        jdbc.update("INSERT INTO audittrail (uuid, zaak, aanmaakdatum, data) VALUES (?, ?, ?, ?)",
                List.of(uuid, zaak, now, jdbc.jsonb(json.valueToTree(entry))));
    }

    /** The audit trail of a zaak, oldest first. */
    public List<AuditTrail> of(UUID zaak) {
        return jdbc.query("SELECT data FROM audittrail WHERE zaak = ? ORDER BY volgorde", List.of(zaak),
                rs -> read(rs.getString(1)));
    }

    public Optional<AuditTrail> find(UUID zaak, UUID uuid) {
        return jdbc.query("SELECT data FROM audittrail WHERE zaak = ? AND uuid = ?", List.of(zaak, uuid),
                rs -> read(rs.getString(1))).stream().findFirst();
    }

    private AuditTrail read(String stored) {
        try {
            return json.readValue(stored, AuditTrail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit trail", e);
        }
    }

    private String toelichting() {
        if (!request.isResolvable()) {
            return "";
        }
        try {
            String value = request.get().getHeader(TOELICHTING_HEADER);
            return value == null ? "" : value;
        } catch (RuntimeException notInARequest) {
            return "";
        }
    }

    private JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof ObjectNode node ? node : json.valueToTree(value);
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
