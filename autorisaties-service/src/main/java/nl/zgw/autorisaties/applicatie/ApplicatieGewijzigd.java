package nl.zgw.autorisaties.applicatie;

import java.net.URI;

/**
 * Fired (CDI event, inside the transaction) when an applicatie is created, changed or deleted: the
 * seam where the notification on kanaal {@code autorisaties} is written to the outbox.
 */
public record ApplicatieGewijzigd(String actie, URI url) {
}
