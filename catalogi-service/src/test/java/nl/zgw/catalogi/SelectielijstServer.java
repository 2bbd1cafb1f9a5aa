package nl.zgw.catalogi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server playing the Referentielijsten (Selectielijst) API for the tests, serving the
 * fixtures in {@code src/test/resources/selectielijst}: {@code /api/v1/procestypen/{uuid}},
 * {@code /api/v1/resultaten/{uuid}} and {@code /api/v1/resultaattypeomschrijvingen/{uuid}}, with
 * URLs built on its own address. Unknown paths answer 404.
 */
public class SelectielijstServer implements QuarkusTestResourceLifecycleManager {

    public static final String PROCESTYPE_1 = "procestypen/0a2b6f5e-1111-4c4e-8929-000000000001";
    public static final String PROCESTYPE_2 = "procestypen/0a2b6f5e-1111-4c4e-8929-000000000002";
    /** Procestype 1, vernietigen after P10Y, procestermijn nihil. */
    public static final String RESULTAAT_1_VERNIETIGEN = "resultaten/0b3c7a6f-2222-4f0e-930d-000000000001";
    /** Procestype 1, blijvend bewaren, no procestermijn. */
    public static final String RESULTAAT_1_BEWAREN = "resultaten/0b3c7a6f-2222-4f0e-930d-000000000002";
    /** Procestype 2, vernietigen after P5Y, procestermijn ingeschatte_bestaansduur_procesobject. */
    public static final String RESULTAAT_2 = "resultaten/0b3c7a6f-2222-4f0e-930d-000000000003";
    public static final String TOEGEKEND = "resultaattypeomschrijvingen/0c4d8b70-3333-4a1b-b0c2-000000000001";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static String base;
    private HttpServer server;

    /** The base URL, e.g. {@code http://127.0.0.1:41234/api/v1}. */
    public static String base() {
        return base;
    }

    public static String url(String path) {
        return base + "/" + path;
    }

    public static int requests() {
        return REQUESTS.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
        Map<String, JsonNode> objects = new HashMap<>();
        load("procestypen", objects);
        load("resultaten", objects);
        load("resultaattypeomschrijvingen", objects);
        server.createContext("/api/v1/", exchange -> answer(exchange, objects));
        server.start();
        return Map.of("catalogi.referentielijsten.url", base);
    }

    private static void load(String collection, Map<String, JsonNode> objects) {
        try (InputStream in = SelectielijstServer.class.getResourceAsStream("/selectielijst/" + collection + ".json")) {
            for (JsonNode item : JSON.readTree(in)) {
                ObjectNode object = ((ObjectNode) item).deepCopy();
                String uuid = object.remove("uuid").asText();
                object.put("url", base + "/" + collection + "/" + uuid);
                if (object.has("procesType")) {
                    object.put("procesType", base + "/procestypen/" + object.get("procesType").asText());
                }
                objects.put("/api/v1/" + collection + "/" + uuid, object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, Map<String, JsonNode> objects) throws IOException {
        REQUESTS.incrementAndGet();
        JsonNode object = objects.get(exchange.getRequestURI().getPath());
        byte[] body = (object == null ? "{\"status\": 404, \"title\": \"Niet gevonden.\"}" : object.toString())
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", object == null ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(object == null ? 404 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
