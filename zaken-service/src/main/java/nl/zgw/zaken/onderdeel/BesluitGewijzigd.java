package nl.zgw.zaken.onderdeel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.zgw.shared.notificatie.NotificatieOntvangen;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.ZaakStore;

import java.util.List;
import java.util.UUID;

/**
 * A besluit changed in the Besluiten API (a notification on kanaal {@code besluiten}): the closed
 * zaken it belongs to derive their archive fields again (zrc-021 with the afleidingswijzen
 * ingangsdatum_besluit and vervaldatum_besluit), each under its lock.
 */
@ApplicationScoped
public class BesluitGewijzigd {

    private final Jdbc jdbc;
    private final ZaakStore zaken;
    private final Afsluiten afsluiten;

    public BesluitGewijzigd(Jdbc jdbc, ZaakStore zaken, Afsluiten afsluiten) {
        this.jdbc = jdbc;
        this.zaken = zaken;
        this.afsluiten = afsluiten;
    }

    @Transactional
    void ontvangen(@Observes NotificatieOntvangen notificatie) {
        if (!"besluiten".equals(notificatie.kanaal()) || !"besluit".equals(notificatie.resource())
                || !List.of("update", "partial_update").contains(notificatie.actie())) {
            return;
        }
        List<UUID> metBesluit = jdbc.query("SELECT DISTINCT zaak FROM zaak_onderdeel WHERE soort = 'zaakbesluit' "
                + "AND sleutel = ?", List.of(notificatie.resourceUrl()), rs -> rs.getObject(1, UUID.class));
        for (UUID uuid : metBesluit) {
            ZaakRow zaak = zaken.lock(uuid).orElse(null);
            if (zaak != null && zaak.einddatum() != null) {
                afsluiten.herbereken(zaak);
            }
        }
    }
}
