package nl.zgw.autorisaties.verify;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.autorisaties.credential.SecretCipher;
import nl.zgw.shared.auth.AuthConfig;
import nl.zgw.shared.auth.ClientAutorisaties;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.GebundeldeVraag;
import nl.zgw.shared.auth.Grant;
import nl.zgw.shared.auth.JwtChecks;
import nl.zgw.shared.auth.TokenVerifier;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.tenant.CurrentTenant;
import org.jose4j.jwt.JwtClaims;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Autorisaties API verifies tokens against its own database, read afresh for every token so a
 * change is in force for the next request on every replica. This is the hot path of every request
 * in the suite, so it is one indexed query (credential, applicatie and autorisaties joined) on a
 * plain connection, without an ORM session or a transaction. Concurrent verifications for one
 * client share lookups ({@link GebundeldeVraag}): each still gets a lookup that began after it
 * arrived, but the services' own client, which every verification call carries, no longer costs a
 * query per call under load.
 */
@ApplicationScoped
public class DatabaseTokenVerifier implements TokenVerifier {

    private static final String LOOKUP = """
            SELECT c.secret_ciphertext, c.secret_nonce, a.uuid, a.heeft_alle_autorisaties,
                   a.alleen_is_gereed_voor_publicatie, au.component, au.scopes, au.zaaktype, au.informatieobjecttype, au.besluittype,
                   au.max_vertrouwelijkheidaanduiding
              FROM credential c
              LEFT JOIN applicatie_client_id ci ON ci.client_id = c.client_id
              LEFT JOIN applicatie a ON a.uuid = ci.applicatie_uuid
              LEFT JOIN autorisatie au ON au.applicatie_uuid = a.uuid
             WHERE c.client_id = ?
             ORDER BY au.position""";

    private final DataSource dataSource;
    private final SecretCipher cipher;
    private final AuthConfig config;
    private final GebundeldeVraag<String, Optional<Client>> lookups = new GebundeldeVraag<>();

    public DatabaseTokenVerifier(DataSource dataSource, SecretCipher cipher, AuthConfig config) {
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.config = config;
    }

    @Override
    public VerifiedCaller verify(String token) {
        String clientId = JwtChecks.unverifiedClientId(token);
        String tenant = CurrentTenant.get().map(t -> t.id() + "\n").orElse("");
        Optional<Client> client = lookups.vraag(tenant + clientId, () -> lookup(clientId));
        JwtClaims claims = JwtChecks.verify(token, id -> client.map(Client::secret), config.leeway(), config.maxAge());
        return JwtChecks.caller(claims, client.map(Client::autorisaties).orElse(ClientAutorisaties.none(clientId)));
    }

    private record Client(String secret, ClientAutorisaties autorisaties) {
    }

    private Optional<Client> lookup(String clientId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(LOOKUP)) {
            q.setString(1, clientId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String secret = cipher.open(clientId, rs.getBytes(1), rs.getBytes(2));
                boolean hasApplicatie = rs.getObject(3) != null;
                boolean alle = hasApplicatie && rs.getBoolean(4);
                boolean alleenGereed = hasApplicatie && rs.getBoolean(5);
                List<Grant> grants = new ArrayList<>();
                do {
                    if (rs.getString(6) != null) {
                        grants.add(grant(rs));
                    }
                } while (rs.next());
                return Optional.of(new Client(secret, new ClientAutorisaties(clientId, alle, grants, alleenGereed)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the credential of a client", e);
        }
    }

    private static Grant grant(ResultSet rs) throws SQLException {
        Array scopes = rs.getArray(7);
        String type = rs.getString(8) != null ? rs.getString(8) : rs.getString(9) != null ? rs.getString(9)
                : rs.getString(10);
        String max = rs.getString(11);
        return new Grant(Component.ofValue(rs.getString(6)).orElseThrow(), Set.copyOf(java.util.Arrays.asList((String[]) scopes.getArray())), type,
                max == null ? null : Vertrouwelijkheidaanduiding.ofValue(max).orElseThrow());
    }
}
