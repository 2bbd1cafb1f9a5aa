package nl.zgw.besluiten.besluit.validation;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.besluit.BesluitRow;
import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.PermissionDeniedException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.TypeLijsten;
import nl.zgw.shared.ref.ZgwApi;

import java.util.List;
import java.util.Objects;

/**
 * The zaak a besluit names: a zaak is optional; when given it is a zaak of the suite's Zaken API,
 * {@code <base>/zaken/<uuid>} ({@code bad-url}; a malformed or too long URL is {@code invalid} or
 * {@code max_length}), it exists ({@code bad-url}, read now with this service's own client), the
 * besluittype is one of its zaaktype's besluittypen (brc-007, {@code zaaktype-mismatch}), and it
 * does not change once the besluit exists ({@code wijzigen-niet-toegelaten}, brc-006). The
 * zaakbesluit that mirrors the relation in the Zaken API is {@code ZaakBesluitSpiegel}'s.
 */
@ApplicationScoped
public class ZaakRelatie {

    public static final String VELD = "zaak";
    public static final String BAD_URL = "bad-url";
    private static final String ZAKEN = "zaken";
    private static final int MAX_LENGTH = 200;

    public static final String ZAAKTYPE_MISMATCH = "zaaktype-mismatch";

    private final ResourceUrls urls;
    private final RemoteResources remote;
    private final CurrentCaller caller;

    public ZaakRelatie(ResourceUrls urls, RemoteResources remote, CurrentCaller caller) {
        this.caller = caller;
        this.urls = urls;
        this.remote = remote;
    }

    /**
     * The zaak exists in the Zaken API and its zaaktype allows {@code besluittype} (brc-007: by URL,
     * or by omschrijving within the catalogus). Asked before the besluit is stored, outside any
     * transaction.
     */
    public void bestaatEnPast(String zaak, String besluittype) {
        JsonNode gevonden = remote.fresh(ResourceUrl.of(zaak)).orElseThrow(() -> ValidationException.of(VELD, BAD_URL,
                "De zaak " + zaak + " bestaat niet."));
        String zaaktypeUrl = gevonden.path("zaaktype").asText("");
        // a closed zaak changes only for a client with zaken.geforceerd-bijwerken (its archive dates follow its besluiten)
        if (gevonden.hasNonNull("einddatum") && !caller.allowedTypes("zaken.geforceerd-bijwerken").permits(zaaktypeUrl,
                Vertrouwelijkheidaanduiding.ofValue(gevonden.path("vertrouwelijkheidaanduiding").asText("")).orElse(
                        Vertrouwelijkheidaanduiding.ZEER_GEHEIM))) {
            throw new PermissionDeniedException("De zaak is afgesloten; een besluit erbij vraagt zaken.geforceerd-bijwerken.");
        }
        JsonNode zaaktype = zaaktypeUrl.isEmpty() ? null : remote.get(ResourceUrl.of(zaaktypeUrl)).orElse(null);
        if (zaaktype == null) {
            throw ValidationException.of(VELD, BAD_URL, "Het zaaktype van de zaak " + zaak + " is niet te lezen.");
        }
        if (TypeLijsten.bevat(remote, zaaktype.path("besluittypen"), besluittype)) {
            return;
        }
        throw new ValidationException(List.of(FieldValidationError.nonField(ZAAKTYPE_MISMATCH,
                "Het besluittype hoort niet bij het zaaktype van de zaak.")));
    }

    /** The zaak {@code zaak} names: null when it names none, else the URL as given. */
    public String zaak(String zaak) {
        if (zaak == null || zaak.isEmpty()) {
            return null;
        }
        ResourceUrl parsed = ResourceUrl.parse(VELD, zaak, MAX_LENGTH);
        if (!vanDeZakenApi(parsed) || parsed.uri().getQuery() != null || parsed.uri().getFragment() != null) {
            throw ValidationException.of(VELD, BAD_URL, "De URL " + zaak + " is geen zaak van de Zaken API ("
                    + urls.baseUrl(ZgwApi.ZAKEN) + ").");
        }
        return urls.of(ZgwApi.ZAKEN, ZAKEN, parsed.uuid().orElseThrow()).toString(); // the one form the Zaken API writes
    }

    /** The zaak of an existing besluit does not change: not to another one, not to none, not from none. */
    public static void ongewijzigd(BesluitRow existing, String zaak) {
        if (!Objects.equals(existing.zaak(), zaak)) {
            throw ValidationException.of(VELD, Onveranderlijk.CODE, "De zaak van een besluit wijzigt niet.");
        }
    }

    /** Exactly {@code <base of the Zaken API>/zaken/<uuid>}. */
    private boolean vanDeZakenApi(ResourceUrl url) {
        if (urls.apiOf(url).filter(api -> api == ZgwApi.ZAKEN).isEmpty() || url.uuid().isEmpty()) {
            return false;
        }
        List<String> base = new ResourceUrl(urls.baseUrl(ZgwApi.ZAKEN)).segments();
        List<String> segments = url.segments();
        return segments.size() == base.size() + 2 && segments.get(base.size()).equals(ZAKEN);
    }
}
