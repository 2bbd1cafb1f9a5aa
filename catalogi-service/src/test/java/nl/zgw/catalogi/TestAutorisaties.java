package nl.zgw.catalogi;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.AutorisatiesSource;
import nl.zgw.shared.auth.ClientAutorisaties;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.Grant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The autorisaties of the test clients of this module (secrets in test application.properties). */
@ApplicationScoped
public class TestAutorisaties implements AutorisatiesSource {

    @Override
    public Optional<ClientAutorisaties> forClient(String clientId) {
        return switch (clientId) {
            case "beheerder" -> Optional.of(grant(clientId, "catalogi.lezen", "catalogi.schrijven"));
            case "lezer" -> Optional.of(grant(clientId, "catalogi.lezen"));
            case "corrector" -> Optional.of(grant(clientId, "catalogi.lezen", "catalogi.schrijven",
                    "catalogi.geforceerd-schrijven", "catalogi.geforceerd-verwijderen"));
            case "zaken-lezer" -> Optional.of(new ClientAutorisaties(clientId, false,
                    List.of(new Grant(Component.ZRC, Set.of("zaken.lezen"), null, null))));
            case "documenten-lezer" -> Optional.of(new ClientAutorisaties(clientId, false,
                    List.of(new Grant(Component.DRC, Set.of("documenten.lezen"), null, null))));
            case "zaken-schrijver" -> Optional.of(new ClientAutorisaties(clientId, false,
                    List.of(new Grant(Component.ZRC, Set.of("zaken.aanmaken"), null, null))));
            default -> Optional.empty();
        };
    }

    private static ClientAutorisaties grant(String clientId, String... scopes) {
        return new ClientAutorisaties(clientId, false, List.of(new Grant(Component.ZTC, Set.of(scopes), null, null)));
    }
}
