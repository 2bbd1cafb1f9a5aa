package nl.zgw.notificaties.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "zgw.notificaties")
public interface NotificatiesConfig {

    Delivery delivery();

    interface Delivery {
        /** Deliver at all from this replica (a replica can be kept for the API only). */
        @WithDefault("true")
        boolean enabled();

        /** How often a worker looks for due deliveries when it found none. */
        @WithDefault("500ms")
        Duration pollInterval();

        /** Deliveries claimed per round. */
        @WithDefault("50")
        int batchSize();

        /** Wait after the first failure; doubled per attempt up to {@link #maxBackoff()}. */
        @WithDefault("10s")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();

        /** Attempts before a delivery is parked as failed (the default spans about a day). */
        @WithDefault("30")
        int maxAttempts();

        /** How long delivered (and failed) deliveries and their messages are kept for operators. */
        @WithDefault("30d")
        Duration retention();

        /** Callback calls in flight at once, per replica. */
        @WithDefault("64")
        int concurrency();

        /** Calls in flight at once to one callback URL, per replica: what a hanging subscriber can hold. */
        @WithDefault("8")
        int perCallbackConcurrency();

        /** Failures in a row after which a callback is left alone for a while. */
        @WithDefault("5")
        int breakerThreshold();

        /** How long an opened breaker first stays open; doubled per further failure up to the maximum backoff. */
        @WithDefault("30s")
        Duration breakerOpen();

        /** Time-out of one callback call. */
        @WithDefault("10s")
        Duration timeout();
    }
}
