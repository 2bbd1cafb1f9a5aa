package nl.zgw.documenten;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.AutorisatiesSource;
import nl.zgw.shared.auth.ClientAutorisaties;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.Grant;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The autorisaties of the test clients of this module (secrets in test application.properties). */
@ApplicationScoped
public class TestAutorisaties implements AutorisatiesSource {

    @Override
    public Optional<ClientAutorisaties> forClient(String clientId) {
        return switch (clientId) {
            case "alles" -> Optional.of(new ClientAutorisaties(clientId, true, List.of()));
            // every document of informatieobjecttype A up to vertrouwelijk, and its audit trail
            case "behandelaar" -> grant(clientId, Vertrouwelijkheidaanduiding.VERTROUWELIJK, "documenten.lezen",
                    "documenten.aanmaken", "documenten.bijwerken", "documenten.verwijderen", "documenten.lock",
                    "audittrails.lezen");
            // reads openbare documents of type A only
            case "lezer" -> grant(clientId, Vertrouwelijkheidaanduiding.OPENBAAR, "documenten.lezen");
            // unlocks any document of type A without its lock id
            case "beheerder" -> grant(clientId, Vertrouwelijkheidaanduiding.ZEER_GEHEIM, "documenten.lezen",
                    "documenten.geforceerd-unlock");
            // an applicatie with alleenIsGereedVoorPublicatie: reads documents of type A ready for publication only
            case "publicatie" -> Optional.of(new ClientAutorisaties(clientId, false, List.of(new Grant(Component.DRC,
                    Set.of("documenten.lezen"), CatalogiStub.informatieobjecttype("a"),
                    Vertrouwelijkheidaanduiding.ZEER_GEHEIM)), true));
            default -> Optional.empty();
        };
    }

    private static Optional<ClientAutorisaties> grant(String clientId, Vertrouwelijkheidaanduiding max, String... scopes) {
        return Optional.of(new ClientAutorisaties(clientId, false, List.of(new Grant(Component.DRC, Set.of(scopes),
                CatalogiStub.informatieobjecttype("a"), max))));
    }
}
