package nl.zgw.autorisaties.credential;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * A client's JWT credential as operators see it. {@code secret} is only present in the answer to
 * the request that created or rotated it; it is never readable afterwards.
 */
public record Credential(String clientId, @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
                         OffsetDateTime createdAt, OffsetDateTime rotatedAt) {
}
