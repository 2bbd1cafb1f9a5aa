package nl.zgw.testsupport.http;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/** A ZGW JWT (HS256, the claims the standard names) signed with a client's secret, as a client makes it. */
public final class ZgwJwt {

    private ZgwJwt() {
    }

    public static String sign(String clientId, String secret, String userId, String userRepresentation) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String claims = "{\"iss\":" + quote(clientId) + ",\"iat\":" + System.currentTimeMillis() / 1000
                + ",\"client_id\":" + quote(clientId) + ",\"user_id\":" + quote(userId)
                + ",\"user_representation\":" + quote(userRepresentation) + "}";
        try {
            String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a ZGW JWT", e);
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
