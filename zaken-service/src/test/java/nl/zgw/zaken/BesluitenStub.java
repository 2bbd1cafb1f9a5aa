package nl.zgw.zaken;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server playing the Besluiten API for the Zaken tests: besluiten made with
 * {@link #besluit(String, String, String)} are served at {@code /besluiten/api/v1/besluiten/<uuid>}
 * until {@link #verwijder(String)}; anything else is 404. How the real Besluiten API keeps its
 * zaakbesluiten in step (brc-006) is tested with that API.
 */
public class BesluitenStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ObjectNode> BESLUITEN = new ConcurrentHashMap<>();
    private static String base;
    private static volatile boolean onbereikbaar;
    private static final Map<String, Integer> GELEZEN = new ConcurrentHashMap<>();
    private HttpServer server;

    /**
     * A new besluit of {@code zaak} (a zaak URL, or null for a besluit without zaak) with these dates
     * ({@code yyyy-MM-dd}; {@code vervaldatum} may be null); its URL.
     */
    public static String besluit(String zaak, String ingangsdatum, String vervaldatum) {
        String url = base + "/besluiten/" + UUID.randomUUID();
        ObjectNode b = JSON.createObjectNode().put("url", url).put("identificatie", "BESLUIT-" + UUID.randomUUID())
                .put("verantwoordelijkeOrganisatie", "002220647").put("datum", ingangsdatum)
                .put("ingangsdatum", ingangsdatum);
        if (zaak == null) {
            b.putNull("zaak");
        } else {
            b.put("zaak", zaak);
        }
        if (vervaldatum == null) {
            b.putNull("vervaldatum");
        } else {
            b.put("vervaldatum", vervaldatum);
        }
        BESLUITEN.put(url, b);
        return url;
    }

    /** How often the besluit was read. */
    public static int gelezen(String besluit) {
        return GELEZEN.getOrDefault(besluit, 0);
    }

    /** The besluit's vervaldatum changes in the Besluiten API. */
    public static void vervaldatum(String besluit, String vervaldatum) {
        BESLUITEN.get(besluit).put("vervaldatum", vervaldatum);
    }

    /** The besluit is gone from the Besluiten API (its zaakbesluit stays until that API removes it). */
    public static void verwijder(String besluit) {
        BESLUITEN.remove(besluit);
    }

    /** The URL of a besluit of the stub that does not exist. */
    public static String onbekend() {
        return base + "/besluiten/" + UUID.randomUUID();
    }

    /** The base URL of the stub, e.g. to name another collection of the Besluiten API. */
    public static String base() {
        return base;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/besluiten/api/v1";
        server.createContext("/besluiten/api/v1/", this::handle);
        server.start();
        return Map.of("zgw.base-urls.besluiten", base);
    }

    /** While true, every request is answered with a closed connection. */
    public static void onbereikbaar(boolean value) {
        onbereikbaar = value;
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (onbereikbaar) {
            exchange.close();
            return;
        }
        String path = exchange.getRequestURI().getPath().substring("/besluiten/api/v1/".length());
        if (path.equals("besluiten") && "GET".equals(exchange.getRequestMethod())) {
            // as the real API: the besluiten of ?zaak= that the token's client may read (here: client "alles")
            String zaak = nl.zgw.testsupport.http.StubAntwoord.query(exchange.getRequestURI().getRawQuery()).get("zaak");
            boolean alles = nl.zgw.testsupport.http.StubAntwoord.vanClient(
                    exchange.getRequestHeaders().getFirst("Authorization"), "alles");
            com.fasterxml.jackson.databind.node.ArrayNode results = JSON.createArrayNode();
            BESLUITEN.values().stream().filter(b -> alles && b.path("zaak").asText().equals(zaak)).forEach(results::add);
            ObjectNode page = JSON.createObjectNode().put("count", results.size());
            page.putNull("next");
            page.set("results", results);
            nl.zgw.testsupport.http.StubAntwoord.json(exchange, 200, JSON.writeValueAsString(page));
            return;
        }
        GELEZEN.merge(base + "/" + path, 1, Integer::sum);
        ObjectNode besluit = "GET".equals(exchange.getRequestMethod()) && path.startsWith("besluiten/")
                ? BESLUITEN.get(base + "/" + path) : null;
        nl.zgw.testsupport.http.StubAntwoord.json(exchange, besluit == null ? 404 : 200,
                JSON.writeValueAsString(besluit == null ? JSON.createObjectNode().put("status", 404) : besluit));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
