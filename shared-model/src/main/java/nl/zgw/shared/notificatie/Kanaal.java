package nl.zgw.shared.notificatie;

import java.util.List;

/**
 * The kanaal a service publishes on and the kenmerken its messages carry; a service that publishes
 * provides one as a CDI bean, and it is registered with the Notificaties API at start-up.
 */
public record Kanaal(String naam, String documentatieLink, List<String> filters) {
}
