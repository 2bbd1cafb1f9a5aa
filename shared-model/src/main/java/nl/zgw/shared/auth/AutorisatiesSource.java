package nl.zgw.shared.auth;

import java.util.Optional;

/** The autorisaties of a client, where this process holds them itself. */
public interface AutorisatiesSource {

    Optional<ClientAutorisaties> forClient(String clientId);
}
