package nl.zgw.shared.wijziging;

import java.util.Map;

/**
 * One change of a resource, fired as a CDI event by the use case that made it, inside its
 * transaction ({@code Event<Wijziging>.fire}). What follows from a change is declared once, by
 * observers in shared-model: the notification on the service's kanaal (written to the outbox) and,
 * in the APIs that keep one, the audit trail entry of its hoofdObject (ADR 0014).
 *
 * @param kanaal           the kanaal the notification goes out on
 * @param hoofdObject      URL of the main object the resource belongs to (itself for a main object)
 * @param resource         the resource name as the standard writes it ({@code zaak}, {@code status}, ...)
 * @param resourceUrl      URL of the resource that changed
 * @param actie            {@code create}, {@code update}, {@code partial_update} or {@code destroy}
 * @param kenmerken        the kanaal's kenmerken for this change
 * @param resourceWeergave a short text for people (the audit trail's {@code resourceWeergave})
 * @param oud              the representation before the change, null for a create
 * @param nieuw            the representation after the change, null for a destroy
 */
public record Wijziging(String kanaal, String hoofdObject, String resource, String resourceUrl, String actie,
                        Map<String, String> kenmerken, String resourceWeergave, Object oud, Object nieuw) {

    /** A change of a main object (its own hoofdObject) without representations: notification only. */
    public static Wijziging van(String kanaal, String resource, String url, String actie, Map<String, String> kenmerken) {
        return new Wijziging(kanaal, url, resource, url, actie, kenmerken, "", null, null);
    }

    /** Whether the change removes the main object itself (its audit trail goes with it). */
    public boolean verwijdertHoofdObject() {
        return "destroy".equals(actie) && hoofdObject.equals(resourceUrl);
    }
}
