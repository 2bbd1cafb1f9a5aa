package nl.zgw.documenten.informatieobject;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.zgw.shared.notificatie.Kanaal;
import nl.zgw.shared.wijziging.Wijziging;

import java.util.List;
import java.util.Map;

/**
 * Kanaal {@code documenten}, with the kenmerken the standard gives it (always those of the
 * document, also for its gebruiksrechten), and the {@link Wijziging} of a change.
 */
public class DocumentenNotificaties {

    public static final String KANAAL = "documenten";

    public static Map<String, String> kenmerken(InformatieObjectRow document) {
        return Map.of("bronorganisatie", document.bronorganisatie(), "informatieobjecttype",
                document.informatieobjecttype(), "vertrouwelijkheidaanduiding", document.vertrouwelijkheidaanduiding());
    }

    /** A change of {@code resource} ({@code resourceUrl}) of {@code document}, whose URL is {@code documentUrl}. */
    public static Wijziging wijziging(InformatieObjectRow document, String documentUrl, String resource,
                                      String resourceUrl, String actie, String weergave, Object oud, Object nieuw) {
        return new Wijziging(KANAAL, documentUrl, resource, resourceUrl, actie, kenmerken(document), weergave, oud,
                nieuw);
    }

    @Produces
    @Singleton
    Kanaal kanaal() {
        return new Kanaal(KANAAL, null, List.of("bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding"));
    }
}
