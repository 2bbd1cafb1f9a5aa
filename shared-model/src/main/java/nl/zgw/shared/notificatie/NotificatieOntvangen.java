package nl.zgw.shared.notificatie;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A notification this service received on a kanaal it subscribed to, fired (as a CDI event) after
 * the cached resource it names was dropped: for a service that must act on another API's change
 * (the Zaken API re-deriving a closed zaak's archive dates when one of its besluiten changes).
 */
public record NotificatieOntvangen(JsonNode bericht) {

    public String kanaal() {
        return bericht.path("kanaal").asText("");
    }

    public String resource() {
        return bericht.path("resource").asText("");
    }

    public String actie() {
        return bericht.path("actie").asText("");
    }

    public String resourceUrl() {
        return bericht.path("resourceUrl").asText("");
    }
}
