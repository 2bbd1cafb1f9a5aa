package nl.zgw.besluiten;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A real HTTP server playing the Catalogi API for the Besluiten tests: besluittypen {@code a} and
 * {@code b} (published), {@code concept} (not published) and {@code geen-type} (another shape).
 * Anything else is 404.
 */
public class CatalogiStub implements QuarkusTestResourceLifecycleManager {

    private static String base;
    private HttpServer server;

    public static String besluittype(String name) {
        return base + "/besluittypen/" + name;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/catalogi/api/v1";
        server.createContext("/catalogi/api/v1/besluittypen/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/catalogi/api/v1/besluittypen/".length());
            String body = switch (name) {
                case "a", "b", "concept" -> "{\"url\": \"" + besluittype(name) + "\", \"catalogus\": \"" + base
                        + "/catalogussen/1\", \"zaaktypen\": [], \"omschrijving\": \"Type " + name
                        + "\", \"publicatieIndicatie\": false, \"informatieobjecttypen\": "
                        + ("a".equals(name) ? "[\"" + informatieobjecttype("brief") + "\"]" : "[]") + ", "
                        + "\"beginGeldigheid\": \"2026-01-01\", \"concept\": " + "concept".equals(name) + "}";
                case "geen-type" -> "{\"url\": \"" + besluittype(name) + "\"}";
                default -> null;
            };
            byte[] bytes = (body == null ? "{\"status\": 404}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Cache-Control", "private, max-age=300");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        // zaaktype za allows besluittype a, zb none; informatieobjecttypen brief (of besluittype a) and memo
        server.createContext("/catalogi/api/v1/zaaktypen/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/catalogi/api/v1/zaaktypen/".length());
            String body = switch (name) {
                case "za", "zb" -> "{\"url\": \"" + zaaktype(name) + "\", \"besluittypen\": "
                        + ("za".equals(name) ? "[\"" + besluittype("a") + "\"]" : "[]") + "}";
                default -> null;
            };
            antwoord(exchange, body);
        });
        server.createContext("/catalogi/api/v1/informatieobjecttypen/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/catalogi/api/v1/informatieobjecttypen/".length());
            String body = switch (name) {
                case "brief", "memo" -> "{\"url\": \"" + informatieobjecttype(name) + "\", \"omschrijving\": \""
                        + name + "\", \"catalogus\": \"" + base + "/catalogussen/1\"}";
                default -> null;
            };
            antwoord(exchange, body);
        });
        server.start();
        return Map.of("zgw.base-urls.catalogi", base);
    }

    public static String zaaktype(String name) {
        return base + "/zaaktypen/" + name;
    }

    public static String informatieobjecttype(String name) {
        return base + "/informatieobjecttypen/" + name;
    }

    private static void antwoord(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = (body == null ? "{\"status\": 404}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "private, max-age=300");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
