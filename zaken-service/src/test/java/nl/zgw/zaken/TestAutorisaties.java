package nl.zgw.zaken;

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

    private static final Set<String> ALLE = Set.of("zaken.lezen", "zaken.aanmaken", "zaken.bijwerken",
            "zaken.verwijderen");

    @Override
    public Optional<ClientAutorisaties> forClient(String clientId) {
        return switch (clientId) {
            case "alles" -> Optional.of(new ClientAutorisaties(clientId, true, List.of()));
            // every zaak of zaaktype A up to vertrouwelijk
            case "behandelaar" -> Optional.of(new ClientAutorisaties(clientId, false, List.of(new Grant(Component.ZRC,
                    ALLE, CatalogiStub.zaaktype("a"), Vertrouwelijkheidaanduiding.VERTROUWELIJK))));
            // reads only openbare zaken of zaaktype A
            case "beperkt" -> Optional.of(new ClientAutorisaties(clientId, false, List.of(new Grant(Component.ZRC,
                    Set.of("zaken.lezen"), CatalogiStub.zaaktype("a"), Vertrouwelijkheidaanduiding.OPENBAAR))));
            // may create zaken of type A and their first status, not add more nor reopen
            case "aanmaker" -> grant(clientId, "zaken.lezen", "zaken.aanmaken", "zaken.bijwerken");
            // sets every status of zaken of type A, reopens them, reads their audit trail
            case "heropener" -> grant(clientId, "zaken.lezen", "zaken.bijwerken", "zaken.statussen.toevoegen",
                    "zaken.heropenen", "audittrails.lezen");
            // corrects closed zaken of type A
            case "corrector" -> grant(clientId, "zaken.lezen", "zaken.geforceerd-bijwerken");
            default -> Optional.empty();
        };
    }

    private static Optional<ClientAutorisaties> grant(String clientId, String... scopes) {
        return Optional.of(new ClientAutorisaties(clientId, false, List.of(new Grant(Component.ZRC, Set.of(scopes),
                CatalogiStub.zaaktype("a"), Vertrouwelijkheidaanduiding.ZEER_GEHEIM))));
    }
}
