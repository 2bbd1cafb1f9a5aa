package nl.zgw.zaken.zaak.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.zaak.ExterneBronnen;
import nl.zgw.zaken.zaak.Zaak;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.ZaakStore;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * zrc-010: a communicatiekanaal resolves to one of the Referentielijsten API ({@code bad-url},
 * {@code invalid-resource}); zrc-011: every relevante andere zaak exists ({@code bad-url} on
 * {@code relevanteAndereZaken.<index>}). Checked when new or changed.
 */
@ApplicationScoped
public class Verwijzingen {

    public static final String BAD_URL = "bad-url";
    public static final String INVALID_RESOURCE = "invalid-resource";

    private final ExterneBronnen extern;
    private final ResourceUrls urls;
    private final ZaakStore store;

    public Verwijzingen(ExterneBronnen extern, ResourceUrls urls, ZaakStore store) {
        this.extern = extern;
        this.urls = urls;
        this.store = store;
    }

    public void check(UUID uuid, Zaak in, ZaakRow existing) {
        String kanaal = in.communicatiekanaal();
        if (kanaal != null && !kanaal.isEmpty()
                && (existing == null || !kanaal.equals(existing.data().path("communicatiekanaal").asText()))) {
            JsonNode found = extern.get("communicatiekanaal", kanaal).orElseThrow(() -> ValidationException.of(
                    "communicatiekanaal", BAD_URL, "De URL " + kanaal + " antwoordt niet met 200."));
            if (!found.has("url") || !found.has("naam") || !found.has("omschrijving")) {
                throw ValidationException.of("communicatiekanaal", INVALID_RESOURCE,
                        "De URL " + kanaal + " is geen communicatiekanaal.");
            }
        }
        if (in.relevanteAndereZaken() == null) {
            return;
        }
        Set<String> bekend = new HashSet<>();
        if (existing != null) {
            existing.data().path("relevanteAndereZaken").forEach(r -> bekend.add(r.path("url").asText()));
        }
        for (int i = 0; i < in.relevanteAndereZaken().size(); i++) {
            String url = in.relevanteAndereZaken().get(i).url();
            if (!bekend.add(url)) {
                continue; // already there, or checked just now
            }
            String field = "relevanteAndereZaken." + i + ".url";
            Optional<UUID> own = urls.ownUuid(ResourceUrl.parse(field, url), "zaken");
            // zrc-011: a zaak of this API that exists, also the zaak itself (as the reference implementation takes it)
            boolean exists = own.isPresent() ? own.get().equals(uuid) || store.find(own.get()).isPresent()
                    : !urls.isOwn(ResourceUrl.parse(field, url)) && extern.get(field, url).isPresent();
            if (!exists) {
                throw ValidationException.of(field, BAD_URL, "De zaak " + url + " bestaat niet.");
            }
        }
    }
}
