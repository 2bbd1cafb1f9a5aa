package nl.zgw.autorisaties.credential;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.shared.problem.ConflictException;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Client credentials, kept apart from applicaties: created, rotated and deleted at run time (no
 * restart), stored encrypted, and never returned or logged after the answer that created them.
 */
@ApplicationScoped
public class CredentialService {

    private static final int MIN_SECRET_LENGTH = 16;

    private final SecretCipher cipher;
    private final SecureRandom random = new SecureRandom();

    public CredentialService(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** Creates a credential; with no secret given one is generated. Returns it with the secret, once. */
    @Transactional
    public Credential create(String clientId, String secret) {
        validateClientId(clientId);
        if (find(clientId).isPresent()) {
            throw new ConflictException("credential-exists", "Client id '" + clientId + "' heeft al een secret.");
        }
        String plain = secret == null ? generate() : validateSecret(secret);
        CredentialEntity entity = new CredentialEntity();
        entity.clientId = clientId;
        seal(entity, plain);
        entity.createdAt = entity.rotatedAt;
        Panache.getEntityManager().persist(entity);
        Panache.getEntityManager().flush(); // a concurrent create of the same client id fails here: 409 below
        return new Credential(clientId, plain, entity.createdAt, entity.rotatedAt);
    }

    /** Replaces the secret; tokens signed with the old one are refused from the next request on. */
    @Transactional
    public Credential rotate(String clientId, String secret) {
        CredentialEntity entity = find(clientId).orElseThrow(() -> notFound(clientId));
        String plain = secret == null ? generate() : validateSecret(secret);
        seal(entity, plain);
        return new Credential(clientId, plain, entity.createdAt, entity.rotatedAt);
    }

    /** Creates or sets the secret as declared (idempotent: unchanged when it already matches). */
    @Transactional
    public void declare(String clientId, String secret) {
        validateClientId(clientId);
        if (secret == null) {
            throw ValidationException.of("secret", "required", "Een gedeclareerde credential heeft een secret.");
        }
        Optional<CredentialEntity> existing = find(clientId);
        if (existing.isEmpty()) {
            create(clientId, secret);
        } else if (!secret.equals(cipher.open(clientId, existing.get().secretCiphertext, existing.get().secretNonce))) {
            seal(existing.get(), validateSecret(secret));
        }
    }

    @Transactional
    public void delete(String clientId) {
        Panache.getEntityManager().remove(find(clientId).orElseThrow(() -> notFound(clientId)));
    }

    @Transactional
    public List<Credential> list() {
        return Panache.getEntityManager()
                .createQuery("select c from CredentialEntity c order by c.clientId", CredentialEntity.class)
                .getResultList().stream()
                .map(c -> new Credential(c.clientId, null, c.createdAt, c.rotatedAt))
                .toList();
    }

    /** The secret of a client, for verifying its tokens. */
    @Transactional
    public Optional<String> secretFor(String clientId) {
        return find(clientId).map(c -> cipher.open(c.clientId, c.secretCiphertext, c.secretNonce));
    }

    private Optional<CredentialEntity> find(String clientId) {
        return Optional.ofNullable(Panache.getEntityManager().find(CredentialEntity.class, clientId));
    }

    private void seal(CredentialEntity entity, String plain) {
        SecretCipher.Sealed sealed = cipher.seal(entity.clientId, plain);
        entity.secretCiphertext = sealed.ciphertext();
        entity.secretNonce = sealed.nonce();
        entity.rotatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private String generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void validateClientId(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw ValidationException.of("clientId", "required", "Dit veld is vereist.");
        }
        if (clientId.length() > 50) {
            throw ValidationException.of("clientId", "max_length", "Een client id is hooguit 50 karakters.");
        }
    }

    private static String validateSecret(String secret) {
        if (secret.isBlank() || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw ValidationException.of("secret", "min_length",
                    "Een secret is minstens " + MIN_SECRET_LENGTH + " karakters.");
        }
        if (secret.length() > 1000) {
            throw ValidationException.of("secret", "max_length", "Een secret is hooguit 1000 karakters.");
        }
        return secret;
    }

    private static NotFoundException notFound(String clientId) {
        return new NotFoundException("Client id '" + clientId + "' heeft geen secret.");
    }
}
