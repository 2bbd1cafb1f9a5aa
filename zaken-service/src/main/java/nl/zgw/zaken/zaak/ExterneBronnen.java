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
 * Zaken API, zrc-011). Only URLs under the configured base URLs are fetched (a client cannot make
 * the service call an address of its choice), without credentials (this service's token goes to
 * the APIs of the suite only), without following redirects, within a time-out and a size limit.
 */
@ApplicationScoped
public class ExterneBronnen {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json;
    private final ExterneBronnenConfig config;

    public ExterneBronnen(ObjectMapper json, ExterneBronnenConfig config) {
        this.json = json;
        this.config = config;
    }

    /** The body, or null when it is larger than {@code max} bytes (read no further). */
    private static HttpResponse.BodyHandler<byte[]> limited(int max) {
        return info -> HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), in -> {
            try (in) {
                byte[] bytes = in.readNBytes(max + 1);
                return bytes.length > max ? null : bytes;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * The JSON at {@code url} when it answers 200 with JSON; empty otherwise (also when it cannot be
     * reached). A malformed URL is a 400 on {@code field}.
     */
    public Optional<JsonNode> get(String field, String url) {
        ResourceUrl parsed = ResourceUrl.parse(field, url);
        String normalized = parsed.uri().normalize().toString();
        if (config.toegestaan().stream().noneMatch(normalized::startsWith) || normalized.contains("@")) {
            throw ValidationException.of(field, "bad-url", "De URL " + url + " ligt niet bij een bron die deze Zaken API "
                    + "raadpleegt: " + String.join(", ", config.toegestaan()) + ".");
        }
        // the whole exchange, body included, within the time-out (a server that trickles is cut off)
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> call;
        try {
            call = http.sendAsync(HttpRequest.newBuilder(parsed.uri().normalize()).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), limited(config.maxBytes()));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "bad-url", "De URL " + url + " is geen geldige URL.");
        }
        try {
            HttpResponse<byte[]> response = call.get(TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200 || response.body() == null) {
                return Optional.empty();
            }
            return Optional.of(json.readTree(response.body()));
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            call.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
