package nl.zgw.systemtests;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Selectielijst API (outside the suite) as a local HTTP server: procestype 1, two resultaten of
 * it (1 with procestermijn nihil, for afleidingswijze afgehandeld; 2 without, for the others) and
 * one resultaattypeomschrijving, what a zaaktype and its resultaattypen need.
 */
final class Selectielijst implements AutoCloseable {

    private final HttpServer server;
    final String base;

    private Selectielijst(HttpServer server, String base) {
        this.server = server;
        this.base = base;
    }

    static Selectielijst start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
        Map<String, String> objects = Map.of(
                "/api/v1/procestypen/1", "{\"url\": \"" + base + "/procestypen/1\", \"nummer\": 1}",
                "/api/v1/resultaten/1", "{\"url\": \"" + base + "/resultaten/1\", \"procesType\": \""
                        + base + "/procestypen/1\", \"waardering\": \"vernietigen\", "
                        + "\"procestermijn\": \"nihil\", \"bewaartermijn\": \"P10Y\"}",
                "/api/v1/resultaten/2", "{\"url\": \"" + base + "/resultaten/2\", \"procesType\": \""
                        + base + "/procestypen/1\", \"waardering\": \"vernietigen\", \"bewaartermijn\": \"P10Y\"}",
                "/api/v1/resultaattypeomschrijvingen/1", "{\"url\": \"" + base
                        + "/resultaattypeomschrijvingen/1\", \"omschrijving\": \"Toegekend\"}");
        server.createContext("/api/v1/", exchange -> {
            String body = objects.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return new Selectielijst(server, base);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
