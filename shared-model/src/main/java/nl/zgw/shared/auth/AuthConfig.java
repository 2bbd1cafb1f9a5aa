package nl.zgw.shared.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How ZGW JWTs are checked, and this service's own client for outbound calls. */
@ConfigMapping(prefix = "zgw.auth")
public interface AuthConfig {

    /**
     * Client ids and their JWT secrets known from configuration, e.g.
     * {@code zgw.auth.clients."my-client"=secret}. Other {@link ClientSecretSource}s may replace this.
     */
    Map<String, String> clients();

    /** Clock skew allowed on {@code iat} (a token issued slightly in the future is accepted). */
    @WithDefault("5s")
    Duration leeway();

    /** How old a token's {@code iat} may be; ZGW tokens usually carry no {@code exp}. */
    @WithDefault("1h")
    Duration maxAge();

    /** Where tokens are verified: {@code remote} (the Autorisaties API, default) or {@code local}. */
    @WithDefault("remote")
    Mode mode();

    /** The Autorisaties API's verification endpoint; by default derived from its base URL. */
    Optional<String> verifyUrl();

    /**
     * How long a positive answer of the Autorisaties API is reused for the same token without
     * asking again (at most 10s). 0, the default: every request is verified, and every change made
     * through the Autorisaties API is in force on the next request (ADR 0007).
     */
    @WithDefault("0s")
    Duration verifyValidity();

    /** Time-out of a call to the Autorisaties API (the whole exchange). */
    @WithDefault("2s")
    Duration timeout();

    enum Mode { REMOTE, LOCAL }

    /** The client this service presents to other ZGW APIs. */
    OwnClient client();

    interface OwnClient {
        @WithDefault("zgw-suite")
        String id();

        /** Required as soon as the service calls another API; there is no default secret. */
        Optional<String> secret();
    }
}
