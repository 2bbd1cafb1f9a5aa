package nl.zgw.testsupport.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** What the tests' HTTP servers playing other APIs share: answering JSON and reading a query string. */
public final class StubAntwoord {

    private StubAntwoord() {
    }

    /** Answers {@code status} with {@code body} as JSON, or without a body when it is null; closes the exchange. */
    public static void json(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /**
     * True when the bearer token in {@code authorization} was signed for {@code clientId} (its JWT
     * payload names it): a stub that answers each client as the real API would.
     */
    public static boolean vanClient(String authorization, String clientId) {
        String[] parts = String.valueOf(authorization).replaceFirst("^Bearer ", "").split("\\.");
        return parts.length == 3 && new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                java.nio.charset.StandardCharsets.UTF_8).contains("\"client_id\":\"" + clientId + "\"");
    }

    /** The parameters of a raw query string (decoded; the last of a repeated name). */
    public static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
