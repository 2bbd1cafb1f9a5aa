package nl.zgw.zaken.zaak;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.zgw.shared.notificatie.Kanaal;

import java.util.List;
import java.util.Map;

/** Kanaal {@code zaken}, with the kenmerken the standard gives it. */
public class ZaakNotificaties {

    public static final String KANAAL = "zaken";

    /** The kenmerken of every message about a zaak or an object inside it. */
    public static Map<String, String> kenmerken(ZaakRow zaak) {
        return Map.of("bronorganisatie", zaak.bronorganisatie(), "zaaktype", zaak.zaaktype(),
                "vertrouwelijkheidaanduiding", zaak.vertrouwelijkheidaanduiding());
    }

    @Produces
    @Singleton
    Kanaal kanaal() {
        return new Kanaal(KANAAL, null, List.of("bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"));
    }
}
