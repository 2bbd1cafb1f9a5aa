package nl.zgw.zaken.zaak.validation;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.ZaakStore;

import java.util.List;
import java.util.UUID;

/**
 * A hoofdzaak is a zaak of this API the client may read, not the zaak itself
 * ({@code self-forbidden}), and one level deep only: a deelzaak is no hoofdzaak and a zaak with
 * deelzaken becomes no deelzaak ({@code deelzaak-als-hoofdzaak}). The hoofdzaak is locked for the
 * rest of the change.
 */
@ApplicationScoped
public class Hoofdzaak {

    public static final String SELF = "self-forbidden";
    public static final String DEELZAAK = "deelzaak-als-hoofdzaak";

    private final ResourceUrls urls;
    private final ZaakStore store;
    private final CurrentCaller caller;

    public Hoofdzaak(ResourceUrls urls, ZaakStore store, CurrentCaller caller) {
        this.urls = urls;
        this.store = store;
        this.caller = caller;
    }

    /** The uuid of the hoofdzaak {@code url} names for zaak {@code uuid}; null when it names none. */
    public UUID check(UUID uuid, String url, boolean exists) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        UUID hoofdzaak = urls.ownUuid(ResourceUrl.parse("hoofdzaak", url), "zaken")
                .orElseThrow(() -> ValidationException.of("hoofdzaak", "no_match", "Geen zaak van deze Zaken API."));
        if (hoofdzaak.equals(uuid)) {
            throw ValidationException.of("hoofdzaak", SELF, "Een zaak kan niet zijn eigen hoofdzaak zijn.");
        }
        ZaakRow hoofd = store.lock(hoofdzaak).orElseThrow(() -> ValidationException.of("hoofdzaak",
                "does_not_exist", "Ongeldige hyperlink - Object bestaat niet."));
        caller.requireAllowed("zaken.lezen", hoofd.zaaktype(),
                Vertrouwelijkheidaanduiding.ofValue(hoofd.vertrouwelijkheidaanduiding()).orElseThrow());
        if (exists && !store.deelzaken(List.of(uuid)).isEmpty()) {
            throw ValidationException.of("hoofdzaak", DEELZAAK, "Deze zaak heeft zelf deelzaken en kan geen deelzaak worden.");
        }
        if (hoofd.hoofdzaak() != null) {
            throw ValidationException.of("hoofdzaak", DEELZAAK, "Een deelzaak kan geen hoofdzaak zijn.");
        }
        return hoofdzaak;
    }
}
