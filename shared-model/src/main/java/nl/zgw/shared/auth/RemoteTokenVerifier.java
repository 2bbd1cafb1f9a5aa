package nl.zgw.shared.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.problem.UpstreamException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the Autorisaties API on every request whether a token is valid and what its client may do.
 * The answer per client is cached with its ETag, so an unchanged applicatie costs one conditional
 * call answered by a bodiless 304. Because nothing is trusted from the cache without that call, a
 * change made through the Autorisaties API (new secret, changed or deleted applicatie) is in force
 * for the very next request, in every replica of every service (ADR 0007). Concurrent requests with
 * the same token share calls ({@link GebundeldeVraag}): one call per token runs at a time, and the
 * requests that arrive meanwhile share the next call, which starts after they arrived; so the
 * answer a request gets was still asked after it came in, while the calls stop growing with the
 * number of concurrent requests.
 *
 * <p>Optionally ({@code zgw.auth.verify-validity}, 0 by default) a positive answer is reused for
 * the same token, and only that token, for at most that long without asking (and never past the
 * token's own {@code exp} or maximum age): a bounded trade-off for deployments where a change in
 * force within that time is enough. A refused token is never reused.
 */
public class RemoteTokenVerifier implements TokenVerifier {

    private static final Logger LOG = Logger.getLogger(RemoteTokenVerifier.class);
    private static final int MAX_CACHED_CLIENTS = 10_000;
    private static final Duration MAX_VALIDITY = Duration.ofSeconds(10);

    /** The current tenant's verify endpoint (ADR 0022); the same URL for an installation without tenants. */
    private final java.util.function.Supplier<URI> verifyUrl;
    private final java.util.function.Supplier<String> host;
    private final ZgwTokenSigner signer;
    private final ObjectMapper mapper;
    private final Duration timeout;
    private final OutboundHttp http;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final long validityMillis;
    private final long maxAgeMillis;
    private final Map<String, Recent> recent = new ConcurrentHashMap<>();
    private final GebundeldeVraag<String, VerifiedCaller> gebundeld = new GebundeldeVraag<>();

    public RemoteTokenVerifier(URI verifyUrl, ZgwTokenSigner signer, ObjectMapper mapper, Duration timeout,
                               OutboundHttp http, Duration validity, Duration maxAge) {
        this(() -> verifyUrl, () -> null, signer, mapper, timeout, http, validity, maxAge);
    }

    /**
     * With {@code host}: the {@code Host} the call sends when it is not the verify URL's own (a
     * tenant's host, ADR 0022, while the call goes to the Autorisaties API inside the cluster);
     * null: the URL's.
     */
    public RemoteTokenVerifier(java.util.function.Supplier<URI> verifyUrl, java.util.function.Supplier<String> host,
                               ZgwTokenSigner signer, ObjectMapper mapper, Duration timeout, OutboundHttp http,
                               Duration validity, Duration maxAge) {
        this.verifyUrl = verifyUrl;
        this.host = host;
        this.signer = signer;
        this.mapper = mapper;
        this.timeout = timeout;
        this.http = http;
        if (validity.isNegative() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("zgw.auth.verify-validity must be between 0s and 10s, not " + validity);
        }
        this.validityMillis = validity.toMillis();
        this.maxAgeMillis = maxAge.toMillis();
    }

    @Override
    public VerifiedCaller verify(String token) {
        if (validityMillis <= 0) {
            return gedeeld(token);
        }
        String key = tenantKey() + fingerprint(token);
        Recent known = recent.get(key);
        long now = System.currentTimeMillis();
        if (known != null && now < known.until()) {
            return known.caller();
        }
        VerifiedCaller caller = gedeeld(token); // a refusal throws: never remembered
        if (recent.size() >= MAX_CACHED_CLIENTS) {
            recent.clear();
        }
        recent.put(key, new Recent(caller, until(token, now)));
        return caller;
    }

    /**
     * When a verification made at {@code now} stops counting: after the validity, and never after
     * the token itself would be refused ({@code exp}, or {@code iat} plus the maximum age).
     */
    private long until(String token, long now) {
        long until = now + validityMillis;
        try {
            org.jose4j.jwt.JwtClaims claims = JwtChecks.unverifiedClaims(token); // verified just now
            if (claims.getExpirationTime() != null) {
                until = Math.min(until, claims.getExpirationTime().getValueInMillis());
            }
            if (claims.getIssuedAt() != null) {
                until = Math.min(until, claims.getIssuedAt().getValueInMillis() + maxAgeMillis);
            }
        } catch (org.jose4j.jwt.MalformedClaimException | RuntimeException unreadable) {
            return now; // not reused
        }
        return until;
    }

    /** SHA-256 of the whole token: the same client with another token is asked about anew. */
    private static String fingerprint(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the caches are keyed by besides the client or token: the tenant, so that what one
     * tenant's Autorisaties API said is never an answer for another's.
     */
    private static String tenantKey() {
        return nl.zgw.shared.tenant.CurrentTenant.get().map(t -> t.id() + "\n").orElse("");
    }

    private record Recent(VerifiedCaller caller, long until) {
    }

    /** An answer asked after this call began, shared with the concurrent requests with the same token. */
    private VerifiedCaller gedeeld(String token) {
        return gebundeld.vraag(tenantKey() + token, () -> ask(token));
    }

    private VerifiedCaller ask(String token) {
        String clientId = JwtChecks.unverifiedClientId(token);
        String cacheKey = tenantKey() + clientId;
        Cached cached = cache.get(cacheKey);
        String ownToken;
        try {
            ownToken = signer.ownToken();
        } catch (IllegalStateException e) {
            LOG.error("zgw.auth.client.secret is not configured: tokens cannot be verified");
            throw new UpstreamException(503, "Deze API kan tokens nu niet laten controleren.", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(verifyUrl.get())
                .timeout(timeout)
                .header("Authorization", "Bearer " + ownToken)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(token)));
        if (cached != null) {
            request.header("If-None-Match", cached.etag());
        }
        String tenantHost = host.get();
        if (tenantHost != null) {
            request.header("Host", tenantHost);
        }
        OutboundHttp.Answer response;
        try {
            response = http.send("autorisaties", request.build(), timeout, OutboundHttp.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            throw new UpstreamException(503, "De Autorisaties API is niet bereikbaar.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(503, "De Autorisaties API is niet bereikbaar.", e);
        }
        return switch (response.status()) {
            case 200 -> fresh(cacheKey, response);
            case 304 -> {
                if (cached == null) {
                    throw new UpstreamException(502, "Onverwacht antwoord van de Autorisaties API.", null);
                }
                yield cached.forToken(token);
            }
            case 422 -> {
                cache.remove(cacheKey);
                throw new InvalidTokenException("rejected by the Autorisaties API");
            }
            case 401, 403 -> {
                LOG.errorf("The Autorisaties API refused this service's own client (%d): check zgw.auth.client.id "
                        + "and zgw.auth.client.secret, and that the client has autorisaties.lezen", response.status());
                throw new UpstreamException(503, "Deze API kan tokens nu niet laten controleren.", null);
            }
            default -> {
                LOG.warnf("Autorisaties API answered %d to a token verification", response.status());
                throw new UpstreamException(502, "Onverwacht antwoord van de Autorisaties API.", null);
            }
        };
    }

    private VerifiedCaller fresh(String cacheKey, OutboundHttp.Answer response) {
        VerifiedCaller caller;
        try {
            caller = mapper.readValue(response.body(), VerifiedCaller.class);
        } catch (IOException e) {
            throw new UpstreamException(502, "Onleesbaar antwoord van de Autorisaties API.", e);
        }
        String etag = response.headers().firstValue("ETag").orElse(null);
        if (etag != null) {
            if (cache.size() >= MAX_CACHED_CLIENTS) {
                cache.clear();
            }
            cache.put(cacheKey, new Cached(etag, caller.autorisaties()));
        }
        return caller;
    }

    private byte[] body(String token) {
        try {
            return mapper.writeValueAsBytes(Map.of("token", token));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Cached(String etag, ClientAutorisaties autorisaties) {

        /** The token was verified by the Autorisaties API (304); its user claims are read from it. */
        VerifiedCaller forToken(String token) {
            return VerifiedCallers.fromVerifiedToken(token, autorisaties);
        }
    }
}
