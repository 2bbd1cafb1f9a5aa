package nl.zgw.zaken;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A real HTTP server playing the Catalogi API for the Zaken tests: three zaaktypen (A and B
 * published, a concept) at {@code /catalogi/api/v1/zaaktypen/{a|b|concept}}; anything else is 404.
 */
public class CatalogiStub implements QuarkusTestResourceLifecycleManager {

    private static String base;
    private HttpServer server;

    public static String zaaktype(String name) {
        return base + "/zaaktypen/" + name;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/catalogi/api/v1";
        server.createContext("/catalogi/api/v1/zaaktypen/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/catalogi/api/v1/zaaktypen/".length());
            String body = switch (name) {
                case "a", "b", "concept" -> "{\"url\": \"" + base + "/zaaktypen/" + name + "\", \"identificatie\": \"ZT-"
                        + name + "\", \"catalogus\": \"" + base + "/catalogussen/1\", \"statustypen\": [], "
                        + "\"vertrouwelijkheidaanduiding\": \"" + ("b".equals(name) ? "vertrouwelijk" : "openbaar")
                        + "\", \"concept\": " + "concept".equals(name) + "}";
                case "geen-zaaktype" -> "{\"url\": \"" + base + "/zaaktypen/" + name + "\"}";
                default -> null;
            };
            byte[] bytes = (body == null ? "{\"status\": 404}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Cache-Control", "private, max-age=300");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return Map.of("zgw.base-urls.catalogi", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
