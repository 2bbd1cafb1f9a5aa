package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;

import java.io.IOException;
import java.net.http.HttpRequest;
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

    private final OutboundHttp http;
    private final ObjectMapper json;
    private final ExterneBronnenConfig config;

    public ExterneBronnen(OutboundHttp http, ObjectMapper json, ExterneBronnenConfig config) {
        this.http = http;
        this.json = json;
        this.config = config;
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
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(parsed.uri().normalize()).header("Accept", "application/json").GET().build();
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "bad-url", "De URL " + url + " is geen geldige URL.");
        }
        try {
            OutboundHttp.Answer answer = http.send("externe-bron", request, TIMEOUT, config.maxBytes());
            return answer.status() == 200 ? Optional.of(json.readTree(answer.body())) : Optional.empty();
        } catch (IOException e) { // unreachable, too slow, too large or no JSON
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
