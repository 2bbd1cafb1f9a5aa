package nl.zgw.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A notification subscriber outside the suite: a real HTTP server on loopback that records what it gets. */
final class Subscriber implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    private Subscriber() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes());
            if (!body.contains("\"kanaal\": \"test\"") && !body.contains("\"kanaal\":\"test\"")) {
                received.add(body); // the abonnement's callback check is not a notification
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    static Subscriber start() throws IOException {
        return new Subscriber();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
    }

    List<String> received() {
        return received;
    }

    long count(String resourceUrl) {
        return received.stream().filter(b -> b.contains(resourceUrl)).count();
    }

    /** How many notifications of this actie on this resource arrived (a duplicate counts again). */
    long count(String resourceUrl, String actie) {
        return received.stream().map(Subscriber::parse)
                .filter(m -> resourceUrl.equals(m.path("resourceUrl").asText()) && actie.equals(m.path("actie").asText()))
                .count();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a notification: " + body, e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
