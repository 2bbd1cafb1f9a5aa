package nl.zgw.shared.auth;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Client secrets from {@code zgw.auth.clients}. */
@ApplicationScoped
@DefaultBean
public class ConfiguredClientSecrets implements ClientSecretSource {

    private final AuthConfig config;

    public ConfiguredClientSecrets(AuthConfig config) {
        this.config = config;
    }

    @Override
    public Optional<String> secretFor(String clientId) {
        return Optional.ofNullable(config.clients().get(clientId)).filter(s -> !s.isBlank());
    }
}
