package nl.zgw.catalogi.referentielijsten;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.problem.UpstreamException;
import nl.zgw.shared.problem.ValidationException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads procestypen, resultaten (selectielijstklassen) and resultaattypeomschrijvingen from the
 * Referentielijsten API, to validate the URLs types hold. A URL outside the configured API or one
 * it does not know is the client's error (400); the API failing or being unreachable is 503.
 */
@ApplicationScoped
public class Referentielijsten {

    private record Cached(JsonNode value, long expiresAt) {
    }

    private final ReferentielijstenConfig config;
    private final ObjectMapper json;
    private final OutboundHttp http;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Referentielijsten(ReferentielijstenConfig config, ObjectMapper json, OutboundHttp http) {
        this.config = config;
        this.json = json;
        this.http = http;
    }

    /** A procestype ({@code nummer, jaar, naam, ...}); {@code field} names the field in errors. */
    public JsonNode procestype(String field, String url) {
        return fetch(field, url, "procestypen");
    }

    /** A resultaat of the selectielijst ({@code procesType, waardering, bewaartermijn, ...}). */
    public JsonNode resultaat(String field, String url) {
        return fetch(field, url, "resultaten");
    }

    /** A generic resultaattypeomschrijving ({@code omschrijving, definitie, opmerking}). */
    public JsonNode resultaattypeomschrijving(String field, String url) {
        return fetch(field, url, "resultaattypeomschrijvingen");
    }

    private JsonNode fetch(String field, String url, String collection) {
        String base = config.url().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "bad-url", "De URL is ongeldig.");
        }
        String prefix = base + "/" + collection + "/";
        if (!url.startsWith(prefix) || url.length() == prefix.length() || url.substring(prefix.length()).contains("/")
                || uri.getQuery() != null) {
            throw ValidationException.of(field, "invalid-resource",
                    "De URL is geen " + collection + "-resource van de Referentielijsten API (" + base + ").");
        }
        long now = System.nanoTime();
        Cached cached = cache.get(url);
        if (cached != null && cached.expiresAt - now > 0) {
            return cached.value;
        }
        OutboundHttp.Answer response;
        try {
            response = http.send("referentielijsten", HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build(),
                    config.timeout(), OutboundHttp.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            throw new UpstreamException(503, "De Referentielijsten API is niet bereikbaar.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(503, "De Referentielijsten API is niet bereikbaar.", e);
        }
        if (response.status() == 404 || response.status() == 410) {
            throw ValidationException.of(field, "bad-url", "De URL " + url + " bestaat niet.");
        }
        if (response.status() != 200) {
            throw new UpstreamException(503, "De Referentielijsten API antwoordde " + response.status() + ".", null);
        }
        JsonNode value;
        try {
            value = json.readTree(response.body());
        } catch (IOException e) {
            throw new UpstreamException(503, "De Referentielijsten API gaf geen JSON.", e);
        }
        if (!value.isObject()) {
            throw new UpstreamException(503, "De Referentielijsten API gaf geen object.", null);
        }
        cache.put(url, new Cached(value, now + config.cacheTtl().toNanos()));
        return value;
    }
}
