package nl.zgw.notificaties;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.AutorisatiesSource;
import nl.zgw.shared.auth.ClientAutorisaties;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.Grant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The autorisaties of the test clients of this module (see application.properties in test resources). */
@ApplicationScoped
public class TestAutorisaties implements AutorisatiesSource {

    @Override
    public Optional<ClientAutorisaties> forClient(String clientId) {
        return switch (clientId) {
            case "publisher" -> Optional.of(grant(clientId, "notificaties.publiceren"));
            case "consumer", "consumer2" -> Optional.of(grant(clientId, "notificaties.consumeren"));
            case "beheer" -> Optional.of(new ClientAutorisaties(clientId, true, List.of()));
            default -> Optional.empty();
        };
    }

    private static ClientAutorisaties grant(String clientId, String scope) {
        return new ClientAutorisaties(clientId, false, List.of(new Grant(Component.NRC, Set.of(scope), null, null)));
    }
}
