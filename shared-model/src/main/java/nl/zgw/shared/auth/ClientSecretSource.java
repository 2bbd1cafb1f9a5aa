package nl.zgw.shared.auth;

import java.util.Optional;

/**
 * Where the JWT secret of a client id comes from. The default reads configuration; a service can
 * provide another bean (e.g. one backed by the Autorisaties API) to replace it.
 */
public interface ClientSecretSource {

    Optional<String> secretFor(String clientId);
}
