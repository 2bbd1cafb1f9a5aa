package nl.zgw.zaken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.zgw.testsupport.http.StubAntwoord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A real HTTP server playing the Documenten API for the Zaken tests. Documents are made with
 * {@link #document(String, String)} (informatieobjecttype {@code brief} or {@code memo} of the
 * Catalogi stub, and a status); objectinformatieobjecten are kept as the Documenten API keeps them
 * (list by object and informatieobject, create, delete; a pair once). {@link #storing} makes the
 * next calls fail the way a peer fails: refuse, answer 500 before or after storing, or not answer.
 * How the real Documenten API checks the relation at its source is tested in system-tests.
 */
public class DocumentenStub implements QuarkusTestResourceLifecycleManager {

    /** How the stub answers changes of objectinformatieobjecten. */
    public enum Storing { GEEN, WEIGEREN, FOUT_VOOR_OPSLAAN, FOUT_NA_OPSLAAN, GEEN_VERBINDING }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ObjectNode> DOCUMENTEN = new ConcurrentHashMap<>();
    private static final Map<String, ObjectNode> RELATIES = new ConcurrentHashMap<>();
    private static final List<JsonNode> ZOEKOPDRACHTEN = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static volatile Storing storing = Storing.GEEN;
    private static volatile boolean onbereikbaar;
    private static String base;
    private HttpServer server;

    /** A new document of informatieobjecttype {@code brief} or {@code memo}; its URL. */
    public static String document(String informatieobjecttype, String status) {
        String url = base + "/enkelvoudiginformatieobjecten/" + UUID.randomUUID();
        ObjectNode d = JSON.createObjectNode().put("url", url)
                .put("informatieobjecttype", CatalogiStub.url("informatieobjecttypen", informatieobjecttype))
                .put("status", status).put("titel", "Document").put("indicatieGebruiksrecht", false);
        DOCUMENTEN.put(url, d);
        return url;
    }

    /** The document's indicatieGebruiksrecht: null (not set), true or false. */
    public static void gebruiksrecht(String document, Boolean indicatie) {
        DOCUMENTEN.get(document).put("indicatieGebruiksrecht", indicatie);
    }

    public static void status(String document, String status) {
        DOCUMENTEN.get(document).put("status", status);
    }

    /** The objectinformatieobjecten (object URL -> informatieobject URL pairs) the stub holds for a zaak. */
    public static List<String> relaties(String zaak) {
        return RELATIES.values().stream().filter(r -> r.path("object").asText().equals(zaak))
                .map(r -> r.path("informatieobject").asText()).sorted().collect(Collectors.toList());
    }

    /** The URLs of the objectinformatieobjecten the stub holds for a zaak. */
    public static List<String> relatieUrls(String zaak) {
        return RELATIES.values().stream().filter(r -> r.path("object").asText().equals(zaak))
                .map(r -> r.path("url").asText()).sorted().collect(Collectors.toList());
    }

    /** Forgets every objectinformatieobject of the zaak (as if it was never made). */
    public static void vergeet(String zaak) {
        RELATIES.values().removeIf(r -> r.path("object").asText().equals(zaak));
    }

    /** Makes an objectinformatieobject directly (as if an earlier attempt had made it). */
    public static void relatie(String zaak, String document) {
        String url = base + "/objectinformatieobjecten/" + UUID.randomUUID();
        RELATIES.put(url, JSON.createObjectNode().put("url", url).put("informatieobject", document).put("object", zaak)
                .put("objectType", "zaak"));
    }

    public static void storing(Storing mode) {
        storing = mode;
    }

    /** While true, every request is answered with a closed connection. */
    public static void onbereikbaar(boolean value) {
        onbereikbaar = value;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/documenten/api/v1";
        server.createContext("/documenten/api/v1/", this::handle);
        server.start();
        return Map.of("zgw.base-urls.documenten", base);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (onbereikbaar) {
            exchange.close();
            return;
        }
        String path = exchange.getRequestURI().getPath().substring("/documenten/api/v1/".length());
        String method = exchange.getRequestMethod();
        Map<String, String> query = StubAntwoord.query(exchange.getRequestURI().getRawQuery());
        String url = base + "/" + path;
        if (path.startsWith("enkelvoudiginformatieobjecten/") && method.equals("GET")) {
            ObjectNode d = DOCUMENTEN.get(url);
            send(exchange, d == null ? 404 : 200, d == null ? JSON.createObjectNode() : d);
        } else if (path.equals("enkelvoudiginformatieobjecten") && method.equals("GET")) {
            ArrayNode results = JSON.createArrayNode();
            RELATIES.values().stream().filter(r -> r.path("object").asText().equals(query.get("objectinformatieobjecten_object")))
                    .map(r -> DOCUMENTEN.get(r.path("informatieobject").asText())).filter(d -> d != null).forEach(results::add);
            ObjectNode page = JSON.createObjectNode().put("count", results.size());
            page.putNull("next");
            page.set("results", results);
            send(exchange, 200, page);
        } else if (path.equals("enkelvoudiginformatieobjecten/_zoek") && method.equals("POST")) {
            // as the real API: the documents of uuid__in that the token's client may read (here: definitieve
            // documents, and all of them for client "alles")
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String token = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            ZOEKOPDRACHTEN.add(JSON.createObjectNode().put("token", token).set("body", body));
            ArrayNode results = JSON.createArrayNode();
            body.path("uuid__in").forEach(u -> {
                ObjectNode d = DOCUMENTEN.get(base + "/enkelvoudiginformatieobjecten/" + u.asText());
                if (d != null && (d.path("status").asText().equals("definitief") || StubAntwoord.vanClient(token, "alles"))) {
                    ObjectNode copy = d.deepCopy();
                    if (body.path("expand").asText().equals("informatieobjecttype")) {
                        copy.putObject("_expand").putObject("informatieobjecttype").put("url", d.path("informatieobjecttype").asText());
                    }
                    results.add(copy);
                }
            });
            ObjectNode page = JSON.createObjectNode().put("count", results.size());
            page.putNull("next");
            page.set("results", results);
            send(exchange, 200, page);
        } else if (path.equals("objectinformatieobjecten") && method.equals("GET")) {
            ArrayNode results = JSON.createArrayNode();
            RELATIES.values().stream().filter(r -> matches(r, "object", query) && matches(r, "informatieobject", query))
                    .forEach(results::add);
            send(exchange, 200, results);
        } else if (path.equals("objectinformatieobjecten") && method.equals("POST")) {
            if (storing == Storing.GEEN_VERBINDING) {
                exchange.close();
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            switch (storing) {
                case WEIGEREN -> send(exchange, 400, probleem("inconsistent-relation", "De relatie bestaat niet in de bron."));
                case FOUT_VOOR_OPSLAAN -> send(exchange, 500, JSON.createObjectNode().put("detail", "storing"));
                default -> {
                    boolean bestaat = RELATIES.values().stream().anyMatch(r -> r.path("object").equals(body.path("object"))
                            && r.path("informatieobject").equals(body.path("informatieobject")));
                    if (bestaat) {
                        send(exchange, 400, probleem("unique", "Het informatieobject is al gerelateerd."));
                        return;
                    }
                    relatie(body.path("object").asText(), body.path("informatieobject").asText());
                    if (storing == Storing.FOUT_NA_OPSLAAN) {
                        send(exchange, 500, JSON.createObjectNode().put("detail", "storing"));
                    } else {
                        send(exchange, 201, body);
                    }
                }
            }
        } else if (path.startsWith("objectinformatieobjecten/") && method.equals("DELETE")) {
            if (storing == Storing.FOUT_VOOR_OPSLAAN || storing == Storing.FOUT_NA_OPSLAAN) {
                send(exchange, 500, JSON.createObjectNode().put("detail", "storing"));
                return;
            }
            ObjectNode removed = RELATIES.remove(url);
            send(exchange, removed == null ? 404 : 204, null);
        } else {
            send(exchange, 404, JSON.createObjectNode());
        }
    }

    /** The {@code _zoek} calls received since the last call of this method: token and body of each. */
    public static List<JsonNode> zoekopdrachten() {
        List<JsonNode> out = List.copyOf(ZOEKOPDRACHTEN);
        ZOEKOPDRACHTEN.clear();
        return out;
    }

    private static boolean matches(JsonNode relatie, String field, Map<String, String> query) {
        return !query.containsKey(field) || relatie.path(field).asText().equals(query.get(field));
    }

    private static ObjectNode probleem(String code, String reason) {
        ObjectNode p = JSON.createObjectNode().put("code", "invalid").put("status", 400);
        p.putArray("invalidParams").addObject().put("name", "nonFieldErrors").put("code", code).put("reason", reason);
        return p;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        StubAntwoord.json(exchange, status, body == null ? null : JSON.writeValueAsString(body));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
