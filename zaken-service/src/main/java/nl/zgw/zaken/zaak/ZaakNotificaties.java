package nl.zgw.zaken.zaak;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.zgw.shared.notificatie.Kanaal;
import nl.zgw.shared.wijziging.Wijziging;

import java.util.List;
import java.util.Map;

/**
 * Kanaal {@code zaken}, with the kenmerken the standard gives it, and the {@link Wijziging} of a
 * zaak or of an object inside it (published on the kanaal and written to the zaak's audit trail by
 * the shared observers).
 */
public class ZaakNotificaties {

    public static final String KANAAL = "zaken";

    /** The kenmerken of every message about a zaak or an object inside it. */
    public static Map<String, String> kenmerken(ZaakRow zaak) {
        return Map.of("bronorganisatie", zaak.bronorganisatie(), "zaaktype", zaak.zaaktype(),
                "vertrouwelijkheidaanduiding", zaak.vertrouwelijkheidaanduiding());
    }

    /** A change of {@code resource} ({@code resourceUrl}) inside {@code zaak}, whose URL is {@code zaakUrl}. */
    public static Wijziging wijziging(ZaakRow zaak, String zaakUrl, String resource, String resourceUrl, String actie,
                                      String weergave, Object oud, Object nieuw) {
        return new Wijziging(KANAAL, zaakUrl, resource, resourceUrl, actie, kenmerken(zaak), weergave, oud, nieuw);
    }

    @Produces
    @Singleton
    Kanaal kanaal() {
        return new Kanaal(KANAAL, null, List.of("bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"));
    }
}
