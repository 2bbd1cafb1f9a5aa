package nl.zgw.zaken.zaak;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.zgw.shared.notificatie.Kanaal;

import java.util.List;

/** Kanaal {@code zaken}, with the kenmerken the standard gives it. */
public class ZaakNotificaties {

    static final String KANAAL = "zaken";

    @Produces
    @Singleton
    Kanaal kanaal() {
        return new Kanaal(KANAAL, null, List.of("bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"));
    }
}
