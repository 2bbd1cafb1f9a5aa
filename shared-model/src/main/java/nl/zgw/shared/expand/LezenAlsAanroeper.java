package nl.zgw.shared.expand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.http.CrsFilter;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.UpstreamException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads objects of another API of the suite for {@code expand} as the caller itself would (ADR 0017):
 * one {@code POST <collection>/_zoek} with {@code uuid__in} (and the rest of the expand path) per
 * {@link #CHUNK} objects, sent with the caller's own token, so the API that owns the objects applies
 * the caller's autorisaties to them exactly as it does to a direct read. What it leaves out the
 * caller may not read; a caller without any right there (401, 403) reads nothing. The requests of
 * one call run one after the other (a long list does not flood its peer); the caller joins the
 * future, which runs beside its own work.
 */
@ApplicationScoped
public class LezenAlsAanroeper {

    /** Objects per {@code _zoek}: one page of the owning API, so one answer each. */
    static final int CHUNK = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final int MAX_PAGES = 50;

    private final OutboundHttp http;
    private final ResourceUrls urls;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public LezenAlsAanroeper(OutboundHttp http, ResourceUrls urls, CurrentCaller caller, ObjectMapper json) {
        this.http = http;
        this.urls = urls;
        this.caller = caller;
        this.json = json;
    }

    /**
     * The objects at {@code wanted} (URLs of {@code collection} of {@code api}; others are skipped)
     * that the caller may read, by URL, each with {@code expand} (a parameter of the owning API, or
     * {@code null}) applied there. Must be called on the request's thread (it reads the caller's
     * token); the future completes on another.
     */
    public CompletableFuture<Map<String, JsonNode>> zoek(ZgwApi api, String collection, Collection<String> wanted,
                                                         String expand) {
        Map<UUID, String> perUuid = perUuid(api, collection, wanted);
        if (perUuid.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        String token = caller.principal().getRawToken();
        URI zoek = URI.create(collectie(api, collection) + "/_zoek");
        List<UUID> uuids = new ArrayList<>(perUuid.keySet());
        // one chunk after the other: a long list costs its peer one request at a time, not all at once
        Map<UUID, JsonNode> gelezen = new LinkedHashMap<>();
        CompletableFuture<Map<UUID, JsonNode>> keten = CompletableFuture.completedFuture(gelezen);
        for (int i = 0; i < uuids.size(); i += CHUNK) {
            ObjectNode body = json.createObjectNode();
            uuids.subList(i, Math.min(uuids.size(), i + CHUNK)).forEach(u -> body.withArray("uuid__in").add(u.toString()));
            if (expand != null && !expand.isEmpty()) {
                body.put("expand", expand);
            }
            String tekst = body.toString();
            keten = keten.thenCompose(al -> pagina(api, zoek, uri -> verzoek(uri, token)
                    .POST(HttpRequest.BodyPublishers.ofString(tekst)).build(), al, 0));
        }
        return gevraagd(keten, perUuid);
    }

    /**
     * As {@link #zoek}, for an API without {@code _zoek} (the Besluiten API): one
     * {@code GET <collection>?<filters>&expand=...} with the caller's token, every page of it, keeping
     * the objects of {@code wanted}. The filters must narrow the list to about what is wanted (e.g.
     * the besluiten of one zaak).
     */
    public CompletableFuture<Map<String, JsonNode>> lijst(ZgwApi api, String collection, Map<String, String> filters,
                                                          Collection<String> wanted, String expand) {
        Map<UUID, String> perUuid = perUuid(api, collection, wanted);
        if (perUuid.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        String token = caller.principal().getRawToken();
        StringBuilder query = new StringBuilder();
        Map<String, String> alle = new LinkedHashMap<>(filters);
        if (expand != null && !expand.isEmpty()) {
            alle.put("expand", expand);
        }
        alle.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        URI lijst = URI.create(collectie(api, collection) + query);
        return gevraagd(pagina(api, lijst, uri -> verzoek(uri, token).GET().build(), new LinkedHashMap<>(), 0), perUuid);
    }

    private String collectie(ZgwApi api, String collection) {
        return urls.baseUrl(api).toString().replaceAll("/+$", "") + "/" + collection;
    }

    private Map<UUID, String> perUuid(ZgwApi api, String collection, Collection<String> wanted) {
        Map<UUID, String> perUuid = new LinkedHashMap<>();
        for (String url : new LinkedHashSet<>(wanted)) {
            try {
                urls.uuid(ResourceUrl.of(url), api, collection).ifPresent(uuid -> perUuid.put(uuid, url));
            } catch (IllegalArgumentException notAUrl) {
                // a reference that is no URL of the suite is not expanded
            }
        }
        return perUuid;
    }

    private static HttpRequest.Builder verzoek(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header(CrsFilter.ACCEPT_CRS, CrsFilter.EPSG_4326).header(CrsFilter.CONTENT_CRS, CrsFilter.EPSG_4326);
    }

    /** What was asked, by uuid, under the URL as asked: a peer that writes its URLs otherwise (case, port) still matches. */
    private static CompletableFuture<Map<String, JsonNode>> gevraagd(CompletableFuture<Map<UUID, JsonNode>> keten,
                                                                     Map<UUID, String> perUuid) {
        return keten.thenApply(alles -> {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            alles.forEach((uuid, node) -> {
                String gevraagd = perUuid.get(uuid);
                if (gevraagd != null) {
                    out.put(gevraagd, node);
                }
            });
            return out;
        });
    }

    /** Waits for {@link #zoek}, with the exception it failed with (never wrapped). */
    public static Map<String, JsonNode> wacht(CompletableFuture<Map<String, JsonNode>> zoek) {
        try {
            return zoek.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private CompletableFuture<Map<UUID, JsonNode>> pagina(ZgwApi api, URI uri,
                                                          java.util.function.Function<URI, HttpRequest> verzoek,
                                                          Map<UUID, JsonNode> verzameld, int paginas) {
        HttpRequest request = verzoek.apply(uri);
        String naam = api.name().toLowerCase(java.util.Locale.ROOT);
        return http.sendAsync(naam, request, TIMEOUT, MAX_BYTES).handle((answer, failure) -> {
            if (failure != null) {
                throw new UpstreamException(503, "De " + naam + "-API is niet bereikbaar voor expand.", failure);
            }
            return answer;
        }).thenCompose(answer -> {
            int status = answer.status();
            if (status == 401 || status == 403) {
                return CompletableFuture.completedFuture(verzameld); // no right there at all: nothing to show
            }
            JsonNode antwoord = lees(answer, naam);
            if (status == 400 || status == 404) {
                String detail = antwoord.path("detail").asText("");
                if (status == 404) {
                    throw new NotFoundException("expand in de " + naam + "-API: " + detail);
                }
                throw ValidationException.of("expand", "invalid", "expand in de " + naam + "-API: " + detail);
            }
            if (status != 200 || !antwoord.path("results").isArray()) {
                throw new UpstreamException(503, "De " + naam + "-API antwoordde " + status + " op expand.", null);
            }
            for (JsonNode r : antwoord.path("results")) {
                try {
                    ResourceUrl.of(r.path("url").asText()).uuid().ifPresent(u -> verzameld.put(u, r));
                } catch (IllegalArgumentException geenUrl) {
                    // not an object of the kind asked: left out
                }
            }
            String volgende = antwoord.path("next").isTextual() ? antwoord.path("next").asText() : null;
            if (volgende == null || volgende.isEmpty()) {
                return CompletableFuture.completedFuture(verzameld);
            }
            URI next;
            boolean onder;
            try {
                next = URI.create(volgende);
                onder = new ResourceUrl(next).isUnder(urls.baseUrl(api));
            } catch (IllegalArgumentException e) {
                throw new UpstreamException(503, "De " + naam + "-API gaf een ongeldige volgende pagina.", e);
            }
            // the caller's token goes to that API only, and not endlessly
            if (!onder || paginas + 1 >= MAX_PAGES) {
                throw new UpstreamException(503, "De " + naam + "-API pagineerde anders dan verwacht.", null);
            }
            return pagina(api, next, verzoek, verzameld, paginas + 1);
        });
    }

    private JsonNode lees(OutboundHttp.Answer answer, String naam) {
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new UpstreamException(502, "Onleesbaar antwoord van de " + naam + "-API op expand.", e);
        }
    }

    /** The fields of {@code paths} that start with {@code field}, without it: the rest for the owning API. */
    public static String rest(List<List<String>> paths, String field) {
        Set<String> rest = new LinkedHashSet<>();
        for (List<String> path : paths) {
            if (path.get(0).equals(field) && path.size() > 1) {
                rest.add(String.join(".", path.subList(1, path.size())));
            }
        }
        return String.join(",", rest);
    }
}
