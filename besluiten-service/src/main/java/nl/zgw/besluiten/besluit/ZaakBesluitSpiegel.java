package nl.zgw.besluiten.besluit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.spiegeling.Spiegel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * A besluit's zaak, mirrored as a zaakbesluit in the Zaken API (brc-006, ADR 0016): the relation is
 * the besluit itself (its uuid), {@code bron} its URL, {@code doel} the zaak's. A besluit with a zaak
 * is announced once the zaakbesluit exists; one whose zaakbesluit was not made is withdrawn.
 */
@ApplicationScoped
public class ZaakBesluitSpiegel implements Spiegel {

    public static final String SOORT = "zaakbesluit";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final BesluitService besluiten;
    private final RemoteResources remote;
    private final OutboundHttp http;
    private final ZgwTokenSigner signer;
    private final ObjectMapper json;

    public ZaakBesluitSpiegel(BesluitService besluiten, RemoteResources remote, OutboundHttp http, ZgwTokenSigner signer,
                              ObjectMapper json) {
        this.besluiten = besluiten;
        this.remote = remote;
        this.http = http;
        this.signer = signer;
        this.json = json;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public Antwoord maak(String besluit, String zaak) {
        String body = json.createObjectNode().put("besluit", besluit).toString();
        OutboundHttp.Answer answer = send(request(URI.create(zaak + "/besluiten"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build());
        if (answer == null) {
            return Antwoord.of(Uitkomst.ONBEKEND);
        }
        if (answer.status() == 201) {
            return Antwoord.of(Uitkomst.GELUKT);
        }
        JsonNode probleem = probleem(answer);
        if (answer.status() == 400) {
            for (JsonNode p : probleem.path("invalidParams")) {
                if ("unique".equals(p.path("code").asText())) {
                    return Antwoord.of(Uitkomst.GELUKT);
                }
            }
        }
        return answer.status() / 100 == 4 && answer.status() != 408 && answer.status() != 409
                && answer.status() != 429
                ? new Antwoord(Uitkomst.GEWEIGERD, probleem) : Antwoord.of(Uitkomst.ONBEKEND);
    }

    @Override
    public Antwoord verwijder(String besluit, String zaak) {
        Optional<String> zaakbesluit;
        try {
            zaakbesluit = zoek(besluit, zaak);
        } catch (RuntimeException e) {
            return Antwoord.of(Uitkomst.ONBEKEND);
        }
        if (zaakbesluit.isEmpty()) {
            return Antwoord.of(Uitkomst.AFWEZIG);
        }
        OutboundHttp.Answer answer = send(request(URI.create(zaakbesluit.get())).DELETE().build());
        if (answer == null) {
            return Antwoord.of(Uitkomst.ONBEKEND);
        }
        if (answer.status() == 400) { // the besluit names the zaak (again): the zaakbesluit is right as it is
            for (JsonNode p : probleem(answer).path("invalidParams")) {
                if ("inconsistent-relation".equals(p.path("code").asText())) {
                    return Antwoord.of(Uitkomst.GELUKT);
                }
            }
        }
        return answer.status() == 204 || answer.status() == 404 ? Antwoord.of(Uitkomst.GELUKT)
                : answer.status() / 100 == 4 ? new Antwoord(Uitkomst.GEWEIGERD, probleem(answer)) : Antwoord.of(Uitkomst.ONBEKEND);
    }

    @Override
    public boolean bestaat(String besluit, String zaak) {
        return zoek(besluit, zaak).isPresent();
    }

    @Override
    public boolean kondigAan(UUID uuid) {
        return besluiten.kondigAan(uuid);
    }

    @Override
    public void trekIn(UUID uuid) {
        besluiten.trekIn(uuid);
    }

    @Override
    public boolean bestaatHier(UUID uuid) {
        return besluiten.bestaat(uuid);
    }

    /** The URL of the zaakbesluit of this besluit in the zaak's list, asked now; none when the zaak is gone. */
    private Optional<String> zoek(String besluit, String zaak) {
        Optional<JsonNode> lijst = remote.fresh(ResourceUrl.of(zaak + "/besluiten"));
        if (lijst.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode zaakbesluit : lijst.get()) {
            if (besluit.equals(zaakbesluit.path("besluit").asText())) {
                return Optional.of(zaakbesluit.path("url").asText());
            }
        }
        return Optional.empty();
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326")
                .header("Authorization", "Bearer " + signer.ownToken());
    }

    private OutboundHttp.Answer send(HttpRequest request) {
        try {
            return http.send("zaken", request, TIMEOUT, OutboundHttp.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private JsonNode probleem(OutboundHttp.Answer answer) {
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            return json.createObjectNode().put("detail", answer.text());
        }
    }
}
