package nl.zgw.autorisaties.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

@ConfigMapping(prefix = "zgw.autorisaties")
public interface AutorisatiesConfig {

    /**
     * The AES-256 key (base64, 32 bytes) that encrypts client secrets at rest. Required: without it
     * the service does not start. Generate one with {@code openssl rand -base64 32}.
     */
    String secretKey();

    /** A JSON file with credentials and applicaties to create or bring up to date at start-up. */
    Optional<String> setupFile();
}
