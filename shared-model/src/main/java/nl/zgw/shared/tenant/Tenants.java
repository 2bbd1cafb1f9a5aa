package nl.zgw.shared.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.config.ZgwConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tenants this installation serves (ADR 0022), as declared in {@code zgw.tenants.file}: read at
 * start, where a declaration that is not valid stops the service with the reason, and again while
 * it runs ({@link TenantBeheer} takes a tenant added to the file into service and one removed out
 * of it). Without that file there is one: {@link Tenant#ENIG}, and nothing about the service changes.
 */
@ApplicationScoped
public class Tenants {

    /** The tenants served now, and their hosts: replaced as a whole, never changed in place. */
    private record Stand(List<Tenant> all, Map<String, Tenant> byHost) {
        static Stand of(List<Tenant> all) {
            Map<String, Tenant> byHost = new HashMap<>();
            for (Tenant t : all) {
                if (!t.impliciet() && byHost.put(t.host(), t) != null) {
                    throw new IllegalStateException("Two tenants have the host " + t.host());
                }
            }
            return new Stand(List.copyOf(all), Map.copyOf(byHost));
        }
    }

    private final Optional<Path> file;
    private volatile Stand stand;

    @jakarta.inject.Inject
    public Tenants(ZgwConfig config) {
        this(config.tenants().file());
    }

    Tenants(Optional<Path> file) {
        this.file = file;
        this.stand = Stand.of(file.map(Tenants::read).orElse(List.of(Tenant.ENIG)));
    }

    /** Whether tenants are declared (else the one implicit tenant serves every request). Fixed at start. */
    public boolean declared() {
        return file.isPresent();
    }

    /** Every tenant served now, in declaration order; {@link Tenant#ENIG} alone when none are declared. */
    public List<Tenant> all() {
        return stand.all();
    }

    /** The tenant addressed as {@code host} (a host name, with or without {@code :port}). */
    public Optional<Tenant> byHost(String host) {
        if (!declared()) {
            return Optional.of(Tenant.ENIG);
        }
        return host == null ? Optional.empty() : Optional.ofNullable(stand.byHost().get(hostName(host)));
    }

    /** The tenants the file declares now (it may have changed since start); why not, when it is not valid. */
    List<Tenant> declaredNow() {
        return read(file.orElseThrow());
    }

    /** From now on these are served (they passed {@link #read}'s checks). */
    void serve(List<Tenant> tenants) {
        stand = Stand.of(tenants);
    }

    static String hostName(String authority) {
        String h = authority.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    static List<Tenant> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the tenant declaration " + file + ": " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("tenants");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalStateException(file + " declares no tenants: expected {\"tenants\": [{\"id\": ..., \"host\": ...}]}");
        }
        List<Tenant> tenants = new ArrayList<>();
        for (JsonNode t : list) {
            String id = t.path("id").asText("");
            String host = t.path("host").asText("").trim().toLowerCase(Locale.ROOT);
            if (!Tenant.ID.matcher(id).matches()) {
                throw new IllegalStateException(file + ": tenant id '" + id + "' is not 1-40 of [a-z0-9]");
            }
            if (host.isEmpty() || !host.equals(hostName(host))) {
                throw new IllegalStateException(file + ": tenant " + id + " needs a host name (without port)");
            }
            if (tenants.stream().anyMatch(o -> o.id().equals(id))) {
                throw new IllegalStateException(file + ": tenant id " + id + " is declared twice");
            }
            if (tenants.stream().anyMatch(o -> o.host().equals(host))) {
                throw new IllegalStateException("Two tenants have the host " + host + " in " + file);
            }
            String setup = t.path("setupFile").asText(null);
            tenants.add(new Tenant(id, host, setup == null || setup.isBlank() ? null : setup));
        }
        return List.copyOf(tenants);
    }
}
