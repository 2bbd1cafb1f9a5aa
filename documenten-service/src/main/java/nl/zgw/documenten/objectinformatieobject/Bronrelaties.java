package nl.zgw.documenten.objectinformatieobject;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The source of a relation: the zaak or besluit an objectinformatieobject names, and the relation
 * at that source (a zaakinformatieobject in the Zaken API, a besluitinformatieobject in the
 * Besluiten API), read with this service's own client.
 * - drc-002: the object exists and is of its objectType ({@code bad-url}, {@code invalid-resource});
 * - drc-004: the source has the relation when it is mirrored here ({@code inconsistent-relation}),
 *   and no longer has it when it is removed here ({@code remote-relation-exists});
 * - the source cannot tell: {@code relation-lookup-error}.
 * Verzoeken live outside the suite: their URLs are taken as given (no call to an address a client
 * chose).
 */
@ApplicationScoped
public class Bronrelaties {

    private final RemoteResources remote;
    private final ResourceUrls urls;

    public Bronrelaties(RemoteResources remote, ResourceUrls urls) {
        this.remote = remote;
        this.urls = urls;
    }

    /**
     * The object as it is stored: for a zaak or besluit exactly {@code <API>/<collectie>/<uuid>} of
     * the suite's API, in the one form that API writes it (no other path, query or spelling).
     */
    public String canoniek(String object, String objectType) {
        Optional<Bron> bron = bron(objectType);
        if (bron.isEmpty()) {
            return object;
        }
        ResourceUrl url = ResourceUrl.parse("object", object);
        String base = urls.baseUrl(bron.get().api()).toString().replaceAll("/+$", "");
        String rest = url.uri().getQuery() == null && url.uri().getFragment() == null
                && object.startsWith(base + "/" + bron.get().collectie() + "/")
                ? object.substring(base.length() + bron.get().collectie().length() + 2) : "";
        try {
            UUID uuid = UUID.fromString(rest);
            return urls.of(bron.get().api(), bron.get().collectie(), uuid).toString();
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("object", "bad-url", "De URL " + object + " is geen " + objectType + " van de "
                    + bron.get().api().component() + " API van deze suite.");
        }
    }

    /** drc-002 and drc-004 for a new relation of {@code document} (its URL) with {@code object} (canonical). */
    public void bijAanmaken(String object, String objectType, String document) {
        Optional<Bron> bron = bron(objectType);
        if (bron.isEmpty()) {
            return;
        }
        JsonNode gevonden = remote.fresh(ResourceUrl.of(object)).orElseThrow(() -> ValidationException.of("object",
                "bad-url", "De URL " + object + " bestaat niet."));
        if (!gevonden.has(bron.get().kenmerk())) {
            throw ValidationException.of("object", "invalid-resource", "De URL " + object + " is geen " + objectType + ".");
        }
        if (relaties(bron.get(), object, document).isEmpty()) {
            throw fout("inconsistent-relation", "De " + bron.get().relatie() + " tussen " + object + " en het document "
                    + "bestaat niet in de " + bron.get().api().component() + " API; die legt de relatie eerst.");
        }
    }

    /** drc-004 the other way: a relation is removed here only after its source removed it. */
    public void bijVerwijderen(String object, String objectType, String document) {
        Optional<Bron> bron = bron(objectType);
        if (bron.isPresent() && !relaties(bron.get(), object, document).isEmpty()) {
            throw fout("remote-relation-exists", "De " + bron.get().relatie() + " bestaat nog in de "
                    + bron.get().api().component() + " API; verwijder die eerst.");
        }
    }

    private record Bron(ZgwApi api, String collectie, String kenmerk, String relatie, String parameter) {
    }

    private static Optional<Bron> bron(String objectType) {
        return switch (objectType) {
            case "zaak" -> Optional.of(new Bron(ZgwApi.ZAKEN, "zaken", "zaaktype", "zaakinformatieobjecten", "zaak"));
            case "besluit" -> Optional.of(new Bron(ZgwApi.BESLUITEN, "besluiten", "besluittype", "besluitinformatieobjecten",
                    "besluit"));
            default -> Optional.empty();
        };
    }

    private List<JsonNode> relaties(Bron bron, String object, String document) {
        String lijst = urls.baseUrl(bron.api()).toString().replaceAll("/+$", "") + "/" + bron.relatie() + "?" + bron.parameter() + "="
                + URLEncoder.encode(object, StandardCharsets.UTF_8) + "&informatieobject="
                + URLEncoder.encode(document, StandardCharsets.UTF_8);
        JsonNode antwoord = remote.fresh(ResourceUrl.of(lijst)).orElseThrow(() -> fout("relation-lookup-error",
                "De " + bron.api().component() + " API kan de " + bron.relatie() + " niet opzoeken."));
        JsonNode resultaten = antwoord.isArray() ? antwoord : antwoord.path("results");
        if (!resultaten.isArray()) {
            throw fout("relation-lookup-error", "Onverwacht antwoord van de " + bron.api().component() + " API.");
        }
        List<JsonNode> gevonden = new java.util.ArrayList<>();
        resultaten.forEach(gevonden::add);
        return gevonden;
    }

    private static ValidationException fout(String code, String reden) {
        return new ValidationException(List.of(FieldValidationError.nonField(code, reden)));
    }
}
