package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Resources outside the suite that a zaak names and the standard asks to check by fetching them
 * (a communicatiekanaal of the Referentielijsten API, zrc-010; a relevante andere zaak of another
 * Zaken API, zrc-011). Fetched without credentials: this service's token is only ever sent to the
 * APIs of the suite.
 */
@ApplicationScoped
public class ExterneBronnen {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final ObjectMapper json;

    public ExterneBronnen(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The JSON at {@code url} when it answers 200 with JSON; empty otherwise (also when it cannot be
     * reached). A malformed URL is a 400 on {@code field}.
     */
    public Optional<JsonNode> get(String field, String url) {
        ResourceUrl parsed = ResourceUrl.parse(field, url);
        if (!"http".equals(parsed.uri().getScheme()) && !"https".equals(parsed.uri().getScheme())) {
            throw ValidationException.of(field, "bad-url", "De URL " + url + " is geen http(s)-URL.");
        }
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(parsed.uri()).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(json.readTree(response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
