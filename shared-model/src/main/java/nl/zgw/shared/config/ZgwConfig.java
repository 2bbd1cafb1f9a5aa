package nl.zgw.shared.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import nl.zgw.shared.ref.ZgwApi;

/**
 * What every service is told about itself and the suite. Each value can be set by environment,
 * e.g. {@code ZGW_BASE_URLS_CATALOGI=https://api.example.nl/catalogi/api/v1}.
 */
@ConfigMapping(prefix = "zgw")
public interface ZgwConfig {

    /** Which API this service serves. */
    ZgwApi component();

    /** The version sent in the {@code API-version} header of every response, e.g. {@code 1.7.0}. */
    String apiVersion();

    /**
     * The time zone in which a date-time without an offset ({@code 2018-04-21T13:37:00}, as older
     * clients send it) is read, in bodies and filters alike.
     */
    @WithDefault("Europe/Amsterdam")
    java.time.ZoneId tijdzone();

    /** Public base URLs (as clients reach them, through any ingress) of the six APIs. */
    BaseUrls baseUrls();

    /** How the generated OpenAPI document is shaped (see ZgwOpenApiFilter). */
    OpenApi openapi();

    interface OpenApi {
        /** Write list envelopes inline, as the Autorisaties and Besluiten specs do, instead of named. */
        @WithDefault("false")
        boolean inlinePageEnvelopes();
    }

    /** Keeping the relations a service leads in step with their mirrors in other APIs (ADR 0016). */
    Spiegeling spiegeling();

    interface Spiegeling {
        /** Whether this replica runs the repair loop. */
        @WithDefault("true")
        boolean herstel();

        /** How often the repair looks for due tasks. */
        @WithDefault("5s")
        java.time.Duration interval();

        /**
         * How old a creation left open (by a crash) must be before the repair completes or withdraws
         * it; longer than any request, so a request still under way is never raced.
         */
        @WithDefault("2m")
        java.time.Duration herstelNa();
    }

    /** Sending the outbox to the Notificaties API (services that publish a kanaal). */
    OutboxConfig outbox();

    interface OutboxConfig {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("500ms")
        java.time.Duration pollInterval();

        /** Wait after a failed send; doubled per attempt up to the maximum, and tried for ever. */
        @WithDefault("1s")
        java.time.Duration initialBackoff();

        @WithDefault("5m")
        java.time.Duration maxBackoff();
    }

    /**
     * Receiving notifications: the kanalen this service subscribes to at start (e.g.
     * {@code zaaktypen}, to drop cached zaaktypen that change), and the secret the Notificaties API
     * must send back ({@code Authorization: Bearer <secret>}). Nothing is subscribed by default.
     */
    Abonnementen abonnementen();

    interface Abonnementen {
        java.util.Optional<java.util.List<String>> kanalen();

        java.util.Optional<String> secret();
    }

    /**
     * The organisations this installation serves (ADR 0022): a JSON file
     * ({@code {"tenants": [{"id": "utrecht", "host": "zgw.utrecht.nl", "setupFile": "..."}]}},
     * ZGW_TENANTS_FILE; {@code setupFile} optional, read by the Autorisaties API). Without it there
     * is one implicit tenant: the component's own schema and the base URLs above.
     */
    TenantConfig tenants();

    interface TenantConfig {
        java.util.Optional<java.nio.file.Path> file();

        /**
         * How often the file is read again, to serve tenants added to it and stop serving those
         * removed, without a restart ({@code 0}: only at start).
         */
        @WithDefault("10s")
        java.time.Duration checkInterval();
    }

    interface BaseUrls {
        @WithDefault("http://localhost:8001/zaken/api/v1")
        String zaken();

        @WithDefault("http://localhost:8002/catalogi/api/v1")
        String catalogi();

        @WithDefault("http://localhost:8003/documenten/api/v1")
        String documenten();

        @WithDefault("http://localhost:8004/besluiten/api/v1")
        String besluiten();

        @WithDefault("http://localhost:8005/autorisaties/api/v1")
        String autorisaties();

        @WithDefault("http://localhost:8006/notificaties/api/v1")
        String notificaties();
    }
}
