package nl.zgw.besluiten;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.AutorisatiesSource;
import nl.zgw.shared.auth.ClientAutorisaties;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.Grant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The autorisaties of the test clients of this module (secrets in test application.properties). An
 * autorisatie on the Besluiten API names a besluittype and has no maximum vertrouwelijkheidaanduiding.
 */
@ApplicationScoped
public class TestAutorisaties implements AutorisatiesSource {

    @Override
    public Optional<ClientAutorisaties> forClient(String clientId) {
        return switch (clientId) {
            case "alles" -> Optional.of(new ClientAutorisaties(clientId, true, List.of()));
            // every besluit of besluittype A, and its audit trail
            case "behandelaar" -> grant(clientId, "besluiten.lezen", "besluiten.aanmaken", "besluiten.bijwerken",
                    "besluiten.verwijderen", "audittrails.lezen");
            // reads besluiten of besluittype A only
            case "lezer" -> grant(clientId, "besluiten.lezen");
            // reads besluiten of besluittype A and the Catalogi API, nothing of the Zaken or Documenten API
            case "catalogus-lezer" -> Optional.of(new ClientAutorisaties(clientId, false, List.of(
                    new Grant(Component.BRC, Set.of("besluiten.lezen"), CatalogiStub.besluittype("a"), null),
                    new Grant(Component.ZTC, Set.of("catalogi.lezen"), null, null))));
            default -> Optional.empty();
        };
    }

    private static Optional<ClientAutorisaties> grant(String clientId, String... scopes) {
        return Optional.of(new ClientAutorisaties(clientId, false, List.of(new Grant(Component.BRC, Set.of(scopes),
                CatalogiStub.besluittype("a"), null))));
    }
}
