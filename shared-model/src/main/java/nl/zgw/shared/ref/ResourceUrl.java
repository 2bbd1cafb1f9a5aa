package nl.zgw.shared.ref;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.zgw.shared.problem.ValidationException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A URL that points at a ZGW resource, in this service or any other. Valid on construction:
 * absolute, http or https, with a host, at most {@value #MAX_LENGTH} characters (the limit the
 * specs put on URL fields).
 */
public record ResourceUrl(URI uri) {

    public static final int MAX_LENGTH = 1000;

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public ResourceUrl {
        if (uri == null) {
            throw new IllegalArgumentException("uri is required");
        }
        if (!isHttpUrl(uri)) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + uri);
        }
        if (uri.toString().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("URL longer than " + MAX_LENGTH + " characters");
        }
    }

    /** Absolute, http or https, with a host: the shape of every URL field of the ZGW APIs. */
    public static boolean isHttpUrl(URI uri) {
        String scheme = uri.getScheme();
        return uri.isAbsolute() && uri.getHost() != null
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    }

    /**
     * Parses a URL a client sent in {@code field}; a malformed one is a 400 with code
     * {@code invalid} (DRF's URLField code), a too long one {@code max_length}, an empty one
     * {@code blank}, a missing one {@code required}.
     */
    public static ResourceUrl parse(String field, String raw) {
        return parse(field, raw, MAX_LENGTH);
    }

    /** As {@link #parse(String, String)}, for a field whose spec sets a smaller {@code maxLength}. */
    public static ResourceUrl parse(String field, String raw, int maxLength) {
        if (raw == null) {
            throw ValidationException.of(field, "required", "Dit veld is vereist.");
        }
        if (raw.isBlank()) {
            throw ValidationException.of(field, "blank", "Dit veld mag niet leeg zijn.");
        }
        if (raw.length() > Math.min(maxLength, MAX_LENGTH)) {
            throw ValidationException.of(field, "max_length",
                    "Zorg ervoor dat dit veld niet meer dan " + Math.min(maxLength, MAX_LENGTH) + " karakters bevat.");
        }
        try {
            return new ResourceUrl(new URI(raw.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw ValidationException.of(field, "invalid", "Voer een geldige URL in.");
        }
    }

    /** Also how a URL in a JSON body is read; a malformed one fails with {@link IllegalArgumentException}. */
    @JsonCreator
    public static ResourceUrl of(String raw) {
        return new ResourceUrl(URI.create(raw));
    }

    /** The path segments after the host, without empty ones. */
    public List<String> segments() {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** The UUID in the last path segment, if it is one. */
    public Optional<UUID> uuid() {
        List<String> segments = segments();
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String last = segments.get(segments.size() - 1);
        // UUID.fromString also takes short forms such as 1-2-3-4-5; only the canonical form counts
        return CANONICAL_UUID.matcher(last).matches() ? Optional.of(UUID.fromString(last)) : Optional.empty();
    }

    /** True when this URL lies under {@code base} (same scheme, host, port and path prefix). */
    public boolean isUnder(URI base) {
        URI uri = this.uri.normalize();
        if (!uri.getScheme().equalsIgnoreCase(base.getScheme())
                || !uri.getHost().equalsIgnoreCase(base.getHost())
                || effectivePort(uri) != effectivePort(base)) {
            return false;
        }
        String prefix = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static int effectivePort(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    @JsonValue
    @Override
    public String toString() {
        return uri.toString();
    }
}
