package nl.zgw.autorisaties.credential;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.autorisaties.config.AutorisatiesConfig;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM for client secrets at rest: a database dump alone does not reveal them. The client
 * id is bound as associated data, so a ciphertext copied to another client does not decrypt.
 */
@ApplicationScoped
public class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(AutorisatiesConfig config) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.secretKey().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("zgw.autorisaties.secret-key is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("zgw.autorisaties.secret-key must be 32 bytes (base64 of 256 bits)");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    record Sealed(byte[] ciphertext, byte[] nonce) {
    }

    Sealed seal(String clientId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(clientId.getBytes(StandardCharsets.UTF_8));
            return new Sealed(cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8)), nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a client secret", e);
        }
    }

    public String open(String clientId, byte[] ciphertext, byte[] nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(clientId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt the secret of a client (wrong zgw.autorisaties.secret-key?)");
        }
    }
}
