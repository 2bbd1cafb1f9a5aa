package nl.zgw.shared.probe;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.AutorisatiesSource;
import nl.zgw.shared.auth.ClientAutorisaties;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.Grant;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The autorisaties of the probe's clients: probe-client may read zaken of one zaaktype up to intern. */
@ApplicationScoped
public class ProbeAutorisaties implements AutorisatiesSource {

    public static final String ZAAKTYPE = "http://localhost:8002/catalogi/api/v1/zaaktypen/1";

    @Override
    public Optional<ClientAutorisaties> forClient(String clientId) {
        if (clientId.equals("probe-client")) {
            return Optional.of(new ClientAutorisaties(clientId, false, List.of(new Grant(Component.ZRC,
                    Set.of("zaken.lezen"), ZAAKTYPE, Vertrouwelijkheidaanduiding.INTERN))));
        }
        return Optional.empty();
    }
}
