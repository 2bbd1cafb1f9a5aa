package nl.zgw.besluiten.besluit.validation;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.besluit.BesluitRow;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;

import java.util.List;
import java.util.Objects;

/**
 * The zaak a besluit names, as far as this service checks it now: a zaak is optional; when given it
 * has the shape of a zaak of the suite's Zaken API, {@code <base>/zaken/<uuid>} ({@code bad-url};
 * a malformed or too long URL is {@code invalid} or {@code max_length}), and it does not change
 * once the besluit exists ({@code wijzigen-niet-toegelaten}, brc-006). Whether the zaak exists, the
 * relation mirrored in the Zaken API (brc-006) and whether the besluittype belongs to the zaak's
 * zaaktype (brc-007) are not checked by this class.
 */
@ApplicationScoped
public class ZaakRelatie {

    public static final String VELD = "zaak";
    public static final String BAD_URL = "bad-url";
    private static final String ZAKEN = "zaken";
    private static final int MAX_LENGTH = 200;

    private final ResourceUrls urls;

    public ZaakRelatie(ResourceUrls urls) {
        this.urls = urls;
    }

    /** The zaak {@code zaak} names: null when it names none, else the URL as given. */
    public String zaak(String zaak) {
        if (zaak == null || zaak.isEmpty()) {
            return null;
        }
        ResourceUrl parsed = ResourceUrl.parse(VELD, zaak, MAX_LENGTH);
        if (!vanDeZakenApi(parsed)) {
            throw ValidationException.of(VELD, BAD_URL, "De URL " + zaak + " is geen zaak van de Zaken API ("
                    + urls.baseUrl(ZgwApi.ZAKEN) + ").");
        }
        return zaak;
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
