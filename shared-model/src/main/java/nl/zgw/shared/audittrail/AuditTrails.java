package nl.zgw.shared.audittrail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ContextNotActiveException;
import nl.zgw.shared.auth.AuthConfig;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.problem.NotAuthenticatedException;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.TokenVerifier;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.wijziging.Wijziging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail of the APIs that keep one (those whose scopes include {@code audittrails.lezen}:
 * Zaken, Documenten, Besluiten). Every {@link Wijziging} of such an API is recorded in the
 * transaction of the change, under its hoofdObject: who (client and user from the token), what
 * (old and new representation), why ({@value #TOELICHTING_HEADER}). The service's table
 * {@code audittrail} references its main objects with {@code ON DELETE CASCADE}, so the trail goes
 * with its main object (ADR 0014).
 */
@ApplicationScoped
public class AuditTrails {

    public static final String TOELICHTING_HEADER = "X-Audit-Toelichting";
    public static final String LEZEN = "audittrails.lezen";
    private static final Map<String, String> WEERGAVE = Map.of("create", "Object aangemaakt",
            "update", "Object bijgewerkt", "partial_update", "Object deels bijgewerkt", "destroy", "Object verwijderd");
    private static final Map<String, Integer> RESULTAAT = Map.of("create", 201, "update", 200, "partial_update", 200,
            "destroy", 204);

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final CurrentCaller caller;
    private final Instance<HttpServerRequest> request;
    private final Component bron;
    private final String eigenClient;

    public AuditTrails(Jdbc jdbc, ObjectMapper json, CurrentCaller caller, Instance<HttpServerRequest> request,
                       ZgwConfig config, AuthConfig auth) {
        this.jdbc = jdbc;
        this.json = json;
        this.caller = caller;
        this.request = request;
        this.bron = Component.of(config.component());
        this.eigenClient = auth.client().id();
    }

    void record(@Observes Wijziging wijziging) {
        if (!bron.keepsAuditTrail() || wijziging.verwijdertHoofdObject()) {
            return;
        }
        String actie = wijziging.actie();
        TokenVerifier.VerifiedCaller who = wie();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        UUID uuid = UUID.randomUUID();
        String weergave = wijziging.resourceWeergave() == null ? "" : truncate(wijziging.resourceWeergave(), 200);
        AuditTrail entry = new AuditTrail(uuid.toString(), bron.value(), who.clientId(), who.clientId(),
                empty(who.userId()), empty(who.userRepresentation()), actie, WEERGAVE.get(actie),
                RESULTAAT.get(actie), wijziging.hoofdObject(), wijziging.resource(), wijziging.resourceUrl(),
                toelichting(), weergave, now, new AuditTrail.Wijzigingen(tree(wijziging.oud()), tree(wijziging.nieuw())));
        jdbc.update("INSERT INTO audittrail (uuid, hoofd_object, aanmaakdatum, data) VALUES (?, ?, ?, ?)",
                uuid, uuidOf(wijziging.hoofdObject()), now, jdbc.jsonb(json.valueToTree(entry)));
    }

    /** The client of the request; a change made outside one (a job of the service) is the service's own. */
    private TokenVerifier.VerifiedCaller wie() {
        try {
            return caller.principal().caller();
        } catch (NotAuthenticatedException | ContextNotActiveException buitenVerzoek) {
            return new TokenVerifier.VerifiedCaller(eigenClient, null, null, null);
        }
    }

    /** The audit trail of a main object, oldest first. */
    public List<AuditTrail> of(UUID hoofdObject) {
        return jdbc.query("SELECT data FROM audittrail WHERE hoofd_object = ? ORDER BY volgorde", List.of(hoofdObject),
                rs -> read(rs.getString(1)));
    }

    public Optional<AuditTrail> find(UUID hoofdObject, UUID uuid) {
        return jdbc.query("SELECT data FROM audittrail WHERE hoofd_object = ? AND uuid = ?", List.of(hoofdObject, uuid),
                rs -> read(rs.getString(1))).stream().findFirst();
    }

    private AuditTrail read(String stored) {
        try {
            return json.readValue(stored, AuditTrail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit trail", e);
        }
    }

    /** The uuid of a main object: the last segment of its URL (always one of this API's own). */
    private static UUID uuidOf(String url) {
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
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
