package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;
import nl.zgw.zaken.zaak.ZaakRow;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * ZAAKBESLUIT: the zaak's relation with a besluit of the suite's Besluiten API, which leads it
 * (brc-006) and creates and deletes it here with its own client. The besluit is
 * {@code <Besluiten API>/besluiten/<uuid>} ({@code bad-url}), exists now ({@code bad-url}) and names
 * this zaak ({@code inconsistent-relation}), all asked by {@link #besluit} before the zaak is locked;
 * a zaak names a besluit once ({@code unique}, under the lock). Created and deleted with
 * {@code zaken.bijwerken}; a closed zaak also needs {@code zaken.geforceerd-bijwerken}.
 */
@ApplicationScoped
public class ZaakBesluitKind extends RelatieKind<ZaakBesluit> {

    static final String BESLUITEN = "besluiten";
    private static final Pattern UUID_VORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final OnderdeelStore store;
    private final ResourceUrls urls;
    private final RemoteResources remote;

    public ZaakBesluitKind(OnderdeelStore store, ResourceUrls urls, RemoteResources remote) {
        this.store = store;
        this.urls = urls;
        this.remote = remote;
    }

    @Override public Soort soort() { return Soort.ZAAKBESLUIT; }

    @Override public Class<ZaakBesluit> type() { return ZaakBesluit.class; }

    @Override protected String field() { return "besluit"; }

    @Override protected String target(ZaakBesluit in) { return in.besluit(); }

    /**
     * The besluit a new zaakbesluit of {@code zaak} names, as the Besluiten API writes its URL: read
     * from that API now; {@code bad-url} when it is no besluit of it or does not exist,
     * {@code inconsistent-relation} when the besluit names another zaak (or none).
     */
    public String besluit(String besluit, UUID zaak) {
        String url = canoniek(besluit);
        JsonNode gevonden = remote.fresh(ResourceUrl.of(url)).orElseThrow(() -> ValidationException.of(field(),
                "bad-url", "Het besluit " + url + " bestaat niet."));
        if (!noemt(gevonden, zaak)) {
            throw new ValidationException(List.of(FieldValidationError.nonField("inconsistent-relation",
                    "Het besluit hoort niet bij deze zaak: de zaak van het besluit is een andere.")));
        }
        return url;
    }

    /**
     * A zaakbesluit goes only once its besluit no longer names the zaak (the Besluiten API leads,
     * brc-006): 400 {@code inconsistent-relation} while it does. Read now, before the zaak is locked.
     */
    public void magWeg(UUID zaakbesluit, UUID zaak) {
        OnderdeelRow row = store.find(Soort.ZAAKBESLUIT, zaakbesluit).orElse(null);
        if (row == null) {
            return; // the delete answers 404
        }
        JsonNode besluit = remote.fresh(ResourceUrl.of(row.sleutel())).orElse(null);
        if (besluit != null && noemt(besluit, zaak)) {
            throw new ValidationException(List.of(FieldValidationError.nonField("inconsistent-relation",
                    "Het besluit verwijst nog naar deze zaak; verwijder of wijzig eerst het besluit.")));
        }
    }

    /** The URL of a besluit of the suite's Besluiten API in the one form that API writes it; {@code bad-url} otherwise. */
    String canoniek(String besluit) {
        ResourceUrl parsed = ResourceUrl.parse(field(), besluit);
        String prefix = urls.baseUrl(ZgwApi.BESLUITEN).toString().replaceAll("/+$", "") + "/" + BESLUITEN + "/";
        String rest = parsed.uri().getQuery() == null && parsed.uri().getFragment() == null
                && besluit.startsWith(prefix) ? besluit.substring(prefix.length()) : "";
        if (!UUID_VORM.matcher(rest).matches()) {
            throw ValidationException.of(field(), "bad-url", "De URL " + besluit + " is geen besluit van de Besluiten API ("
                    + urls.baseUrl(ZgwApi.BESLUITEN) + ").");
        }
        return urls.of(ZgwApi.BESLUITEN, BESLUITEN, UUID.fromString(rest)).toString();
    }

    /** True when the besluit's {@code zaak} is the URL of {@code zaak} in this API. */
    private boolean noemt(JsonNode besluit, UUID zaak) {
        try {
            return urls.ownUuid(ResourceUrl.of(besluit.path("zaak").asText("")), "zaken").filter(zaak::equals).isPresent();
        } catch (IllegalArgumentException geenUrl) {
            return false;
        }
    }

    @Override
    protected OnderdeelRow toRow(UUID uuid, ZaakBesluit in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing) {
        String besluit = canoniek(in.besluit());
        if (existing == null && store.bestaat(Soort.ZAAKBESLUIT, zaak.uuid(), besluit)) {
            throw new ValidationException(List.of(FieldValidationError.nonField("unique",
                    "Dit besluit hoort al bij deze zaak.")));
        }
        data.put("besluit", besluit);
        return new OnderdeelRow(uuid, soort(), zaak.uuid(), null, besluit, null, null, data);
    }

    @Override
    protected String weergave(OnderdeelRow row) {
        return "zaakbesluit " + row.sleutel();
    }
}
