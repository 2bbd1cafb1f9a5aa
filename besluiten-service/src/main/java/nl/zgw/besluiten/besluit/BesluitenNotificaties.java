package nl.zgw.besluiten.besluit;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.zgw.shared.notificatie.Kanaal;
import nl.zgw.shared.wijziging.Wijziging;

import java.util.List;
import java.util.Map;

/**
 * Kanaal {@code besluiten}, with the kenmerken the standard gives it, and the {@link Wijziging} of a
 * change of a besluit (published on the kanaal and written to the besluit's audit trail by the
 * shared observers). The kenmerken are named as the messages carry them; the kanaal is registered
 * with the same names, because the Notificaties API refuses a message with a kenmerk its kanaal
 * does not declare.
 */
public class BesluitenNotificaties {

    public static final String KANAAL = "besluiten";
    public static final String RESOURCE = "besluit";

    public static Map<String, String> kenmerken(BesluitRow besluit) {
        return Map.of("verantwoordelijkeOrganisatie", besluit.verantwoordelijkeOrganisatie(),
                "besluittype", besluit.besluittype());
    }

    /** A change of {@code besluit} itself, whose URL is {@code besluitUrl}; its weergave is its identificatie. */
    public static Wijziging wijziging(BesluitRow besluit, String besluitUrl, String actie, Object oud, Object nieuw) {
        return new Wijziging(KANAAL, besluitUrl, RESOURCE, besluitUrl, actie, kenmerken(besluit), besluit.identificatie(),
                oud, nieuw);
    }

    /** A change of an object of {@code besluit} (a besluitinformatieobject), announced and audited under the besluit. */
    public static Wijziging wijziging(BesluitRow besluit, String besluitUrl, String resource, String resourceUrl,
                                      String actie, String weergave, Object oud, Object nieuw) {
        return new Wijziging(KANAAL, besluitUrl, resource, resourceUrl, actie, kenmerken(besluit), weergave, oud, nieuw);
    }

    @Produces
    @Singleton
    Kanaal kanaal() {
        return new Kanaal(KANAAL, null, List.of("verantwoordelijkeOrganisatie", "besluittype"));
    }
}
