package nl.zgw.shared.documenten;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;
import nl.zgw.shared.spiegeling.Spiegel.Antwoord;
import nl.zgw.shared.spiegeling.Spiegel.Uitkomst;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the services that lead relations with documents (Zaken, Besluiten) ask of the suite's
 * Documenten API, with their own client: a document (zrc-003, brc-003), the documents of an object,
 * and the objectinformatieobject that mirrors a relation (zrc-005, brc-005, ADR 0016). The mirror's
 * calls say how they ended instead of throwing: {@link Uitkomst#ONBEKEND} when the Documenten API
 * could not be asked or did not answer, so the change may or may not have happened.
 */
@ApplicationScoped
public class DocumentenApi {

    public static final String DOCUMENTEN = "enkelvoudiginformatieobjecten";
    private static final String RELATIES = "objectinformatieobjecten";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final RemoteResources remote;
    private final ResourceUrls urls;
    private final OutboundHttp http;
    private final ZgwTokenSigner signer;
    private final ObjectMapper json;

    public DocumentenApi(RemoteResources remote, ResourceUrls urls, OutboundHttp http, ZgwTokenSigner signer,
                         ObjectMapper json) {
        this.remote = remote;
        this.urls = urls;
        this.http = http;
        this.signer = signer;
        this.json = json;
    }

    /**
     * The URL of a document of the suite's Documenten API in the one form that API writes it
     * ({@code <API>/enkelvoudiginformatieobjecten/<uuid>}); {@code bad-url} for anything else.
     */
    public String canoniek(String field, String url) {
        ResourceUrl parsed = ResourceUrl.parse(field, url);
        String base = urls.baseUrl(ZgwApi.DOCUMENTEN).toString().replaceAll("/+$", "");
        String rest = parsed.uri().getQuery() == null && parsed.uri().getFragment() == null
                && url.startsWith(base + "/" + DOCUMENTEN + "/") ? url.substring(base.length() + DOCUMENTEN.length() + 2) : "";
        try {
            return urls.of(ZgwApi.DOCUMENTEN, DOCUMENTEN, UUID.fromString(rest)).toString();
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "bad-url", "De URL " + url + " is geen informatieobject van de Documenten API ("
                    + base + ").");
        }
    }

    /** zrc-003: the document at {@code url} (canonical), read now; {@code bad-url} when it does not exist. */
    public JsonNode document(String field, String url) {
        JsonNode document = remote.fresh(ResourceUrl.of(url)).orElseThrow(() -> ValidationException.of(field, "bad-url",
                "Het informatieobject " + url + " bestaat niet."));
        if (!document.hasNonNull("informatieobjecttype")) {
            throw ValidationException.of(field, "invalid-resource", "De URL " + url + " is geen informatieobject.");
        }
        return document;
    }

    /** The documents of the Documenten API related to {@code object}, by URL (every page). */
    public Map<String, JsonNode> documentenVan(String object) {
        Map<String, JsonNode> documenten = new java.util.LinkedHashMap<>();
        String next = lijst(DOCUMENTEN, "objectinformatieobjecten_object=" + encode(object));
        while (next != null && !next.isEmpty()) {
            JsonNode page = remote.fresh(ResourceUrl.of(next)).orElse(json.createObjectNode());
            page.path("results").forEach(d -> documenten.put(d.path("url").asText(), d));
            next = page.path("next").isTextual() ? page.path("next").asText() : null;
        }
        return documenten;
    }

    /**
     * The documents at {@code urls} as the Documenten API has them now, by URL: read by the object they
     * are related to (a page per hundred), each one not found that way on its own; one that does not
     * exist is absent.
     */
    public Map<String, JsonNode> documentenVan(String object, java.util.Collection<String> urls) {
        Map<String, JsonNode> gevonden = documentenVan(object);
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (String url : urls) {
            JsonNode document = gevonden.get(url);
            if (document == null) {
                document = remote.fresh(ResourceUrl.of(url)).orElse(null);
            }
            if (document != null) {
                out.put(url, document);
            }
        }
        return out;
    }

    /** Creates the objectinformatieobject of an object (a zaak, a besluit) and a document; one that exists already counts as made. */
    public Antwoord maakRelatie(String object, String objectType, String informatieobject) {
        String body = json.createObjectNode().put("informatieobject", informatieobject).put("object", object)
                .put("objectType", objectType).toString();
        HttpRequest request = request(URI.create(lijst(RELATIES, null)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build();
        OutboundHttp.Answer answer;
        try {
            answer = http.send("documenten", request, TIMEOUT, OutboundHttp.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            return Antwoord.of(Uitkomst.ONBEKEND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Antwoord.of(Uitkomst.ONBEKEND);
        }
        if (answer.status() == 201) {
            return Antwoord.of(Uitkomst.GELUKT);
        }
        if (answer.status() == 400) {
            JsonNode probleem = probleem(answer);
            boolean bestaatAl = false;
            for (JsonNode p : probleem.path("invalidParams")) {
                bestaatAl |= "unique".equals(p.path("code").asText());
            }
            return bestaatAl ? Antwoord.of(Uitkomst.GELUKT) : new Antwoord(Uitkomst.GEWEIGERD, probleem);
        }
        return answer.status() / 100 == 4 && answer.status() != 408 && answer.status() != 409
                && answer.status() != 429
                ? new Antwoord(Uitkomst.GEWEIGERD, probleem(answer)) : Antwoord.of(Uitkomst.ONBEKEND);
    }

    /**
     * Removes the objectinformatieobject of an object and a document: GELUKT when it did, or when the
     * Documenten API keeps it because the source API has the relation again ({@code remote-relation-exists}:
     * then the mirror is right as it is); AFWEZIG when there is none now (a creation still under
     * way may yet make one: the caller decides whether that can be).
     */
    public Antwoord verwijderRelatie(String object, String informatieobject) {
        Optional<String> relatie;
        try {
            relatie = zoekRelatie(object, informatieobject);
        } catch (RuntimeException e) {
            return Antwoord.of(Uitkomst.ONBEKEND);
        }
        if (relatie.isEmpty()) {
            return Antwoord.of(Uitkomst.AFWEZIG);
        }
        OutboundHttp.Answer answer;
        try {
            answer = http.send("documenten", request(URI.create(relatie.get())).DELETE().build(), TIMEOUT,
                    OutboundHttp.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            return Antwoord.of(Uitkomst.ONBEKEND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Antwoord.of(Uitkomst.ONBEKEND);
        }
        if (answer.status() == 204 || answer.status() == 404) {
            return Antwoord.of(Uitkomst.GELUKT);
        }
        if (answer.status() == 400) {
            JsonNode probleem = probleem(answer);
            for (JsonNode p : probleem.path("invalidParams")) {
                if ("remote-relation-exists".equals(p.path("code").asText())) {
                    return Antwoord.of(Uitkomst.GELUKT);
                }
            }
            return new Antwoord(Uitkomst.GEWEIGERD, probleem);
        }
        return Antwoord.of(Uitkomst.ONBEKEND);
    }

    /** The URL of the objectinformatieobject of an object and a document, asked now; throws when it cannot be known. */
    public Optional<String> zoekRelatie(String object, String informatieobject) {
        String lijst = lijst(RELATIES, "object=" + encode(object) + "&informatieobject=" + encode(informatieobject));
        JsonNode antwoord = remote.fresh(ResourceUrl.of(lijst)).orElseThrow(() -> new IllegalStateException(
                "the Documenten API has no " + RELATIES));
        JsonNode resultaten = antwoord.isArray() ? antwoord : antwoord.path("results");
        if (!resultaten.isArray()) {
            throw new IllegalStateException("unexpected answer from the Documenten API: " + antwoord);
        }
        return resultaten.isEmpty() ? Optional.empty() : Optional.of(resultaten.get(0).path("url").asText());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + signer.ownToken());
    }

    private String lijst(String collectie, String query) {
        return urls.baseUrl(ZgwApi.DOCUMENTEN).toString().replaceAll("/+$", "") + "/" + collectie
                + (query == null ? "" : "?" + query);
    }

    private JsonNode probleem(OutboundHttp.Answer answer) {
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            return json.createObjectNode().put("detail", answer.text());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
