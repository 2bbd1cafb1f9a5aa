package nl.zgw.autorisaties.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

@Entity
@Table(name = "credential")
public class CredentialEntity {

    @Id
    @Column(name = "client_id", length = 50)
    String clientId;

    @Column(name = "secret_ciphertext", nullable = false)
    byte[] secretCiphertext;

    @Column(name = "secret_nonce", nullable = false)
    byte[] secretNonce;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "rotated_at", nullable = false)
    OffsetDateTime rotatedAt;

    @Version
    long version;
}
