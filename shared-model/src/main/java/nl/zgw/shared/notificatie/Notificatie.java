package nl.zgw.shared.notificatie;

import java.time.OffsetDateTime;
import java.util.Map;

/** A notification as the Notificaties API receives it (its {@code Message}). */
public record Notificatie(String kanaal, String hoofdObject, String resource, String resourceUrl, String actie,
                          OffsetDateTime aanmaakdatum, Map<String, String> kenmerken) {
}
