package nl.zgw.besluiten;

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

/**
 * A real HTTP server playing the Zaken and Documenten APIs for the Besluiten tests: zaken (of
 * zaaktype {@code za} or {@code zb} of the Catalogi stub) with their zaakbesluiten, and documents
 * with their objectinformatieobjecten, kept as those APIs keep them (a pair once). {@link #storing}
 * makes the changes of zaakbesluiten or objectinformatieobjecten fail the way a peer fails: refuse,
 * answer 500 before or after storing (a removal then fails), or close the connection. Their
 * {@code _zoek} (as {@code expand} asks it, with the client's own token) shows everything to client
 * {@code alles} and answers 403 to any other, as an API does to a client without a right there;
 * {@link #zoekopdrachten} keeps what was asked.
 */
public class AndereApisStub implements QuarkusTestResourceLifecycleManager {

    /** How the stub answers changes of zaakbesluiten and objectinformatieobjecten. */
    public enum Storing { GEEN, WEIGEREN, FOUT_VOOR_OPSLAAN, FOUT_NA_OPSLAAN, GEEN_VERBINDING }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ObjectNode> ZAKEN = new ConcurrentHashMap<>();
    private static final Map<String, ObjectNode> ZAAKBESLUITEN = new ConcurrentHashMap<>();
    private static final Map<String, ObjectNode> DOCUMENTEN = new ConcurrentHashMap<>();
    private static final Map<String, ObjectNode> RELATIES = new ConcurrentHashMap<>();
    private static volatile Storing storing = Storing.GEEN;
    private static final List<String> ZOEKOPDRACHTEN = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static volatile boolean zoekenOnbereikbaar;
    private static volatile boolean zoekenFout;
    private static String zaken;
    private static String documenten;
    private HttpServer server;

    /** A new zaak of zaaktype {@code za} (allows besluittype a) or {@code zb}; its URL. */
    public static String zaak(String zaaktype) {
        String url = zaken + "/zaken/" + UUID.randomUUID();
        ZAKEN.put(url, JSON.createObjectNode().put("url", url).put("zaaktype", CatalogiStub.zaaktype(zaaktype)));
        return url;
    }

    /** As {@link #zaak}, closed (an einddatum), openbaar. */
    public static String geslotenZaak(String zaaktype) {
        String url = zaak(zaaktype);
        ZAKEN.get(url).put("einddatum", "2026-03-01").put("vertrouwelijkheidaanduiding", "openbaar");
        return url;
    }

    /** A new document of informatieobjecttype {@code brief} or {@code memo}; its URL. */
    public static String document(String informatieobjecttype) {
        String url = documenten + "/enkelvoudiginformatieobjecten/" + UUID.randomUUID();
        DOCUMENTEN.put(url, JSON.createObjectNode().put("url", url).put("status", "definitief")
                .put("informatieobjecttype", CatalogiStub.informatieobjecttype(informatieobjecttype)));
        return url;
    }

    /** The besluiten the Zaken API holds a zaakbesluit of for {@code zaak}. */
    public static List<String> zaakbesluiten(String zaak) {
        return ZAAKBESLUITEN.values().stream().filter(z -> z.path("zaak").asText().equals(zaak))
                .map(z -> z.path("besluit").asText()).sorted().toList();
    }

    /** The documents the Documenten API relates to {@code besluit}. */
    public static List<String> relaties(String besluit) {
        return RELATIES.values().stream().filter(r -> r.path("object").asText().equals(besluit))
                .map(r -> r.path("informatieobject").asText()).sorted().toList();
    }

    /** The {@code _zoek} requests since the last call, each as {@code <api> <client> <expand> <uuids>}. */
    public static List<String> zoekopdrachten() {
        List<String> gedaan = List.copyOf(ZOEKOPDRACHTEN);
        ZOEKOPDRACHTEN.clear();
        return gedaan;
    }

    /** While true, a {@code _zoek} gets its connection closed (the API is down). */
    public static void zoekenOnbereikbaar(boolean onbereikbaar) {
        zoekenOnbereikbaar = onbereikbaar;
    }

    /** While true, a {@code _zoek} is answered 500 (the API fails). */
    public static void zoekenFout(boolean fout) {
        zoekenFout = fout;
    }

    public static void storing(Storing mode) {
        storing = mode;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        zaken = root + "/zaken/api/v1";
        documenten = root + "/documenten/api/v1";
        server.createContext("/zaken/api/v1/", this::zaken);
        server.createContext("/documenten/api/v1/", this::documenten);
        server.start();
        return Map.of("zgw.base-urls.zaken", zaken, "zgw.base-urls.documenten", documenten);
    }

    private void zaken(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/zaken/api/v1/".length());
        String[] parts = path.split("/");
        String zaak = zaken + "/zaken/" + (parts.length > 1 ? parts[1] : "");
        String method = exchange.getRequestMethod();
        if (path.equals("zaken/_zoek") && method.equals("POST")) {
            zoek(exchange, "zaken", ZAKEN, zaken + "/zaken/");
        } else if (parts.length == 2 && method.equals("GET")) {
            ObjectNode z = ZAKEN.get(zaak);
            send(exchange, z == null ? 404 : 200, z == null ? JSON.createObjectNode() : z);
        } else if (parts.length == 3 && parts[2].equals("besluiten") && method.equals("GET")) {
            if (!ZAKEN.containsKey(zaak)) {
                send(exchange, 404, JSON.createObjectNode());
                return;
            }
            ArrayNode lijst = JSON.createArrayNode();
            ZAAKBESLUITEN.values().stream().filter(z -> z.path("zaak").asText().equals(zaak)).forEach(lijst::add);
            send(exchange, 200, lijst);
        } else if (parts.length == 3 && parts[2].equals("besluiten") && method.equals("POST")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String besluit = body.path("besluit").asText();
            if (mislukt(exchange)) {
                return;
            }
            if (ZAAKBESLUITEN.values().stream().anyMatch(z -> z.path("zaak").asText().equals(zaak)
                    && z.path("besluit").asText().equals(besluit))) {
                send(exchange, 400, probleem("unique", "Het besluit hoort al bij de zaak."));
                return;
            }
            String url = zaak + "/besluiten/" + UUID.randomUUID();
            ZAAKBESLUITEN.put(url, JSON.createObjectNode().put("url", url).put("besluit", besluit).put("zaak", zaak));
            gelukt(exchange, JSON.createObjectNode().put("url", url).put("besluit", besluit));
        } else if (parts.length == 4 && parts[2].equals("besluiten") && method.equals("DELETE")) {
            if (storing == Storing.FOUT_VOOR_OPSLAAN || storing == Storing.FOUT_NA_OPSLAAN) {
                send(exchange, 500, JSON.createObjectNode());
                return;
            }
            send(exchange, ZAAKBESLUITEN.remove(zaken + "/" + path) == null ? 404 : 204, null);
        } else {
            send(exchange, 404, JSON.createObjectNode());
        }
    }

    private void documenten(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/documenten/api/v1/".length());
        String method = exchange.getRequestMethod();
        Map<String, String> query = StubAntwoord.query(exchange.getRequestURI().getRawQuery());
        if (path.equals("enkelvoudiginformatieobjecten/_zoek") && method.equals("POST")) {
            zoek(exchange, "documenten", DOCUMENTEN, documenten + "/enkelvoudiginformatieobjecten/");
        } else if (path.startsWith("enkelvoudiginformatieobjecten/") && method.equals("GET")) {
            ObjectNode d = DOCUMENTEN.get(documenten + "/" + path);
            send(exchange, d == null ? 404 : 200, d == null ? JSON.createObjectNode() : d);
        } else if (path.equals("objectinformatieobjecten") && method.equals("GET")) {
            ArrayNode lijst = JSON.createArrayNode();
            RELATIES.values().stream().filter(r -> (!query.containsKey("object") || r.path("object").asText()
                    .equals(query.get("object"))) && (!query.containsKey("informatieobject")
                    || r.path("informatieobject").asText().equals(query.get("informatieobject")))).forEach(lijst::add);
            send(exchange, 200, lijst);
        } else if (path.equals("objectinformatieobjecten") && method.equals("POST")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            if (mislukt(exchange)) {
                return;
            }
            if (RELATIES.values().stream().anyMatch(r -> r.path("object").equals(body.path("object"))
                    && r.path("informatieobject").equals(body.path("informatieobject")))) {
                send(exchange, 400, probleem("unique", "Het informatieobject is al gerelateerd."));
                return;
            }
            String url = documenten + "/objectinformatieobjecten/" + UUID.randomUUID();
            RELATIES.put(url, ((ObjectNode) body.deepCopy()).put("url", url));
            gelukt(exchange, RELATIES.get(url));
        } else if (path.startsWith("objectinformatieobjecten/") && method.equals("DELETE")) {
            if (storing == Storing.FOUT_VOOR_OPSLAAN || storing == Storing.FOUT_NA_OPSLAAN) {
                send(exchange, 500, JSON.createObjectNode());
                return;
            }
            send(exchange, RELATIES.remove(documenten + "/" + path) == null ? 404 : 204, null);
        } else {
            send(exchange, 404, JSON.createObjectNode());
        }
    }

    /** {@code _zoek} on {@code uuid__in}: everything for client {@code alles}, 403 for any other. */
    private static void zoek(HttpExchange exchange, String api, Map<String, ObjectNode> objecten, String prefix)
            throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        if (zoekenOnbereikbaar) {
            exchange.close();
            return;
        }
        if (zoekenFout) {
            send(exchange, 500, JSON.createObjectNode());
            return;
        }
        String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
        String client = JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                .path("client_id").asText();
        List<String> uuids = new java.util.ArrayList<>();
        body.path("uuid__in").forEach(u -> uuids.add(u.asText()));
        ZOEKOPDRACHTEN.add(api + " " + client + " " + body.path("expand").asText("-") + " " + uuids.size());
        if (!client.equals("alles")) {
            send(exchange, 403, JSON.createObjectNode().put("code", "permission_denied"));
            return;
        }
        ObjectNode page = JSON.createObjectNode().put("count", 0).putNull("next").putNull("previous");
        ArrayNode results = page.putArray("results");
        uuids.stream().map(u -> objecten.get(prefix + u)).filter(java.util.Objects::nonNull).forEach(results::add);
        page.put("count", results.size());
        send(exchange, 200, page);
    }

    /** A change that fails before it is stored: answered (or the connection closed) here. */
    private static boolean mislukt(HttpExchange exchange) throws IOException {
        switch (storing) {
            case WEIGEREN -> send(exchange, 400, probleem("inconsistent-relation", "De relatie bestaat niet in de bron."));
            case FOUT_VOOR_OPSLAAN -> send(exchange, 500, JSON.createObjectNode());
            case GEEN_VERBINDING -> exchange.close();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A change that was stored: 201, or a 500 that loses the answer. */
    private static void gelukt(HttpExchange exchange, JsonNode body) throws IOException {
        send(exchange, storing == Storing.FOUT_NA_OPSLAAN ? 500 : 201, body);
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
