package nl.zgw.notificaties.abonnement;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.problem.ValidationException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Before an abonnement is saved its callback is tried, as the standard has it: a test message with
 * the abonnement's own Authorization value must be accepted (2xx). Else 400
 * {@code invalid-callback-url} on {@code callbackUrl}, and nothing is saved.
 */
@ApplicationScoped
public class CallbackCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final OutboundHttp http;
    private final ObjectMapper json;

    public CallbackCheck(ObjectMapper json, OutboundHttp http) {
        this.json = json;
        this.http = http;
    }

    void check(String callbackUrl, String auth) {
        URI uri;
        try {
            uri = URI.create(callbackUrl);
            if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("not http(s)");
            }
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("callbackUrl", "invalid", "Voer een geldige URL in.");
        }
        try {
            byte[] body = json.writeValueAsBytes(Map.of(
                    "kanaal", "test",
                    "hoofdObject", "http://some.hoofdobject.nl/",
                    "resource", "some_resource",
                    "resourceUrl", "http://some.resource.nl/",
                    "actie", "create",
                    "aanmaakdatum", OffsetDateTime.now(ZoneOffset.UTC).toString(),
                    "kenmerken", Map.of()));
            OutboundHttp.Answer response = http.send("abonnee", HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), TIMEOUT, OutboundHttp.BODY_IGNORED);
            if (!response.ok()) {
                throw refused("De callback antwoordde " + response.status() + " op een testbericht.");
            }
        } catch (IOException e) {
            throw refused("De callback is niet bereikbaar.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("De controle van de callback is onderbroken.");
        }
    }

    private static ValidationException refused(String reason) {
        return ValidationException.of("callbackUrl", "invalid-callback-url", reason);
    }
}
