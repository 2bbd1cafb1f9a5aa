package nl.zgw.shared.ref;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.problem.UpstreamException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads resources of the other ZGW APIs (a zaaktype from the Catalogi API, ...) with this
 * service's own token, and keeps them as HTTP says: reused while {@code Cache-Control: max-age}
 * holds, then revalidated with {@code If-None-Match} (a 304 costs no body); {@code no-cache}
 * answers are revalidated every time. A resource that does not exist (404, 410) is empty, for
 * the caller to answer 400; the other API failing, unreachable or refusing this service is 503.
 * A {@code max-age} counts for a day at most. Least recently used entries go first beyond
 * {@code maxEntries}. Callers pass only URLs of the suite's own APIs: the request carries the
 * service's token. {@link #evict} drops one entry,
 * e.g. on a notification that it changed.
 */
public class RemoteResources {

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    /** {@code lifetime}: how long the answer may be reused (nanoseconds), as its Cache-Control said. */
    private record Entry(JsonNode body, String etag, long freshUntil, long lifetime) {
    }

    private final OutboundHttp http;
    private final ObjectMapper json;
    private final Supplier<String> token;
    private final Duration timeout;
    private final LongSupplier clock;
    private final Map<String, Entry> cache;

    public RemoteResources(OutboundHttp http, ObjectMapper json, Supplier<String> token, Duration timeout, int maxEntries,
                           LongSupplier nanoClock) {
        this.json = json;
        this.token = token;
        this.timeout = timeout;
        this.clock = nanoClock;
        this.http = http;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The resource at {@code url}, or empty when the other API says it does not exist. */
    public Optional<JsonNode> get(ResourceUrl url) {
        return get(url, true);
    }

    /**
     * As {@link #get}, but asked of the other API now and kept out of the cache: for checks whose
     * answer must be current (a relation that exists at its source or no longer does).
     */
    public Optional<JsonNode> fresh(ResourceUrl url) {
        return get(url, false);
    }

    private Optional<JsonNode> get(ResourceUrl url, boolean cachen) {
        java.util.concurrent.CompletableFuture<Optional<JsonNode>> answer = getAsync(url, cachen);
        try {
            return answer.get();
        } catch (InterruptedException e) { // e.g. a background loop stopping: the exchange is aborted
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new UpstreamException(503, url.uri().getHost() + " is niet bereikbaar.", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new UpstreamException(503, url.uri().getHost() + " is niet bereikbaar.", e.getCause());
        }
    }

    /**
     * The resources at {@code urls}, by URL as given, empty where the other API says one does not
     * exist: what is fresh in the cache at once, the rest asked all at the same time (a page of
     * zaken with ten types costs one round trip, not ten). The first failure is thrown, as by {@link #get}.
     */
    public Map<ResourceUrl, Optional<JsonNode>> getAll(java.util.Collection<ResourceUrl> urls) {
        try {
            return getAllAsync(urls).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** As {@link #getAll}, without waiting: the future fails with the first failure. */
    public java.util.concurrent.CompletableFuture<Map<ResourceUrl, Optional<JsonNode>>> getAllAsync(
            java.util.Collection<ResourceUrl> urls) {
        Map<ResourceUrl, java.util.concurrent.CompletableFuture<Optional<JsonNode>>> started = new LinkedHashMap<>();
        for (ResourceUrl url : urls) {
            started.computeIfAbsent(url, u -> getAsync(u, true));
        }
        return java.util.concurrent.CompletableFuture.allOf(started.values().toArray(java.util.concurrent.CompletableFuture[]::new))
                .thenApply(done -> {
                    Map<ResourceUrl, Optional<JsonNode>> out = new LinkedHashMap<>();
                    started.forEach((url, answer) -> out.put(url, answer.join()));
                    return out;
                });
    }

    private java.util.concurrent.CompletableFuture<Optional<JsonNode>> getAsync(ResourceUrl url, boolean cachen) {
        String key = url.toString();
        Entry cached = null;
        if (cachen) {
            synchronized (cache) {
                cached = cache.get(key);
            }
        }
        long now = clock.getAsLong();
        if (cached != null && cached.freshUntil - now > 0) {
            return java.util.concurrent.CompletableFuture.completedFuture(Optional.of(cached.body));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url.uri()).timeout(timeout).GET()
                .header("Accept", "application/json").header("Authorization", "Bearer " + token.get())
                // the Zaken API answers a zaak only to a client that names the CRS it reads geometries in
                .header("Accept-Crs", "EPSG:4326");
        if (cached != null && cached.etag != null) {
            request.header("If-None-Match", cached.etag);
        }
        Entry revalidated = cached;
        return http.sendAsync(target(url), request.build(), timeout, OutboundHttp.DEFAULT_MAX_BYTES)
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new UpstreamException(503, url.uri().getHost() + " is niet bereikbaar.", failure);
                    }
                    return answered(key, response, revalidated, cachen, now);
                });
    }

    private Optional<JsonNode> answered(String key, OutboundHttp.Answer response, Entry cached, boolean cachen, long now) {
        int status = response.status();
        if (status == 304 && cached != null) {
            // a 304 without Cache-Control keeps what the stored answer said (RFC 9111, 4.3.4)
            long lifetime = response.headers().firstValue("Cache-Control").isPresent() ? lifetime(response) : cached.lifetime;
            store(key, new Entry(cached.body, cached.etag, now + lifetime, lifetime));
            return Optional.of(cached.body);
        }
        if (status == 404 || status == 410) {
            evict(key);
            return Optional.empty();
        }
        if (status != 200) {
            throw new UpstreamException(503, URI.create(key).getHost() + " antwoordde " + status + " op " + key + ".", null);
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            throw new UpstreamException(503, key + " gaf geen JSON.", e);
        }
        if (cachen) {
            long lifetime = lifetime(response);
            store(key, new Entry(body, response.headers().firstValue("ETag").orElse(null), now + lifetime, lifetime));
        }
        return Optional.of(body);
    }

    /** The API a URL of the suite belongs to, by its first path segment ({@code catalogi}, ...), for the metrics. */
    private static String target(ResourceUrl url) {
        String path = url.uri().getPath();
        String[] segments = path == null ? new String[0] : path.replaceFirst("^/+", "").split("/");
        return segments.length == 0 || segments[0].isEmpty() ? "zgw" : segments[0];
    }

    /** Forget {@code url}; the next read asks the other API. */
    public void evict(String url) {
        synchronized (cache) {
            cache.remove(url);
        }
    }

    private void store(String key, Entry entry) {
        synchronized (cache) {
            cache.put(key, entry);
        }
    }

    /** How long an answer may be reused without asking again (nanoseconds). */
    private static long lifetime(OutboundHttp.Answer response) {
        String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
        Matcher m = MAX_AGE.matcher(cacheControl);
        if (cacheControl.contains("no-cache") || cacheControl.contains("no-store") || !m.find()) {
            return 0; // revalidate every time
        }
        long seconds;
        try {
            seconds = Math.min(Long.parseLong(m.group(1)), Duration.ofDays(1).toSeconds());
        } catch (NumberFormatException e) {
            seconds = Duration.ofDays(1).toSeconds(); // absurdly large: at most a day
        }
        return Duration.ofSeconds(seconds).toNanos();
    }
}
