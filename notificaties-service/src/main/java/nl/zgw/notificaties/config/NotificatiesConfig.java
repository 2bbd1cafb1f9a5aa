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

        /** Time-out of one callback call. */
        @WithDefault("10s")
        Duration timeout();
    }
}
