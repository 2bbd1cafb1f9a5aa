package nl.zgw.shared.notificatie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.http.OutboundHttp;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;
import nl.zgw.shared.tenant.CurrentTenant;
import nl.zgw.shared.tenant.PerTenant;
import nl.zgw.shared.tenant.Tenant;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Subscribes this service, for each tenant it serves (at start, and a tenant added later:
 * {@link nl.zgw.shared.tenant.TenantBeheer}), to each kanaal of {@code zgw.abonnementen.kanalen} with its
 * callback ({@link NotificatieCallbackResource}) that no abonnement with that callback covers yet
 * (replicas share them), one abonnement per kanaal, each retried until it succeeds: a kanaal whose
 * API is not deployed (yet) does not hold up the others. The service's own client needs
 * {@code notificaties.consumeren}.
 */
@ApplicationScoped
public class AbonnementRegistratie implements PerTenant {

    private static final Logger LOG = Logger.getLogger(AbonnementRegistratie.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ZgwConfig config;
    private final ZgwTokenSigner signer;
    private final ResourceUrls urls;
    private final ObjectMapper json;
    private final OutboundHttp http;
    private final BackgroundLoop background = new BackgroundLoop();
    /** Per tenant, the kanalen it still lacks an abonnement on. */
    private final Map<Tenant, List<String>> open = new ConcurrentHashMap<>();
    /** Released when a tenant is added, so the loop does not wait out its backoff. */
    private final Semaphore signaal = new Semaphore(0);
    /** The service stops: no loop is started any more. */
    private boolean gestopt;

    public AbonnementRegistratie(ZgwConfig config, ZgwTokenSigner signer, ResourceUrls urls,
                                 ObjectMapper json, OutboundHttp http) {
        this.http = http;
        this.config = config;
        this.signer = signer;
        this.urls = urls;
        this.json = json;
    }

    void start(@Observes StartupEvent event) {
        if (!kanalen().isEmpty() && config.abonnementen().secret().isEmpty()) {
            LOG.warnf("Not subscribing to %s: zgw.abonnementen.secret (ZGW_ABONNEMENTEN_SECRET) is not set; cached "
                    + "resources of other APIs are kept as long as their Cache-Control allows", kanalen());
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        synchronized (this) {
            gestopt = true;
        }
        background.stop();
    }

    /** {@code tenant}'s abonnementen are made in the background, retried until its Notificaties API takes them. */
    @Override
    public void opnemen(Tenant tenant) {
        if (kanalen().isEmpty() || config.abonnementen().secret().isEmpty()) {
            return;
        }
        open.put(tenant, kanalen());
        synchronized (this) {
            if (!gestopt && !background.running()) {
                background.start("abonnement-registratie", this::register);
            }
        }
        signaal.release();
    }

    @Override
    public void afvoeren(Tenant tenant) {
        open.remove(tenant);
    }

    private List<String> kanalen() {
        return config.abonnementen().kanalen().orElse(List.of());
    }

    /** Until every tenant's Notificaties API has an abonnement of this service on each kanaal; then waits for a tenant added. */
    private void register() {
        long backoff = 1000;
        while (background.running()) {
            for (Tenant tenant : List.copyOf(open.keySet())) {
                List<String> kanalen = open.get(tenant);
                if (kanalen == null) {
                    continue;
                }
                String of = CurrentTenant.call(tenant, CurrentTenant::inLog);
                try {
                    List<String> left = CurrentTenant.callChecked(tenant, () -> registerOnce(kanalen));
                    if (left.isEmpty()) {
                        open.remove(tenant, kanalen);
                    } else {
                        open.replace(tenant, kanalen, left);
                        LOG.warnf("Abonnement%s: kanalen %s not subscribed yet (do they exist?); trying again in %d ms",
                                of, left, backoff);
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    LOG.warnf("Abonnement%s: %s; trying again in %d ms", of,
                            e.getMessage() != null ? e.getMessage() : e.toString(), backoff);
                }
            }
            try {
                if (open.isEmpty()) {
                    signaal.acquire();
                    backoff = 1000;
                } else if (signaal.tryAcquire(backoff, TimeUnit.MILLISECONDS)) {
                    backoff = 1000; // a tenant added: at once, and from the first step again
                } else {
                    backoff = Math.min(backoff * 2, 60_000);
                }
                signaal.drainPermits();
            } catch (InterruptedException ie) {
                return;
            }
        }
    }

    /**
     * Subscribes to each of {@code kanalen} that no abonnement with this service's callback covers
     * yet, one abonnement per kanaal: a kanaal that does not exist (yet) does not keep the others
     * from being subscribed, and a kanaal added to the configuration later is subscribed too.
     * Returns the kanalen still not subscribed.
     */
    List<String> registerOnce(List<String> kanalen) throws Exception {
        String callback = urls.ownUrl(NotificatieCallbackResource.PATH).toString();
        String base = urls.baseUrl(ZgwApi.NOTIFICATIES).toString();
        OutboundHttp.Answer existing = call(HttpRequest.newBuilder(URI.create(base + "/abonnement")).GET());
        if (existing.status() != 200) {
            throw new IllegalStateException("abonnement list answered " + existing.status());
        }
        JsonNode list = json.readTree(existing.body());
        JsonNode results = list.isArray() ? list : list.path("results");
        java.util.Set<String> gedekt = new java.util.HashSet<>();
        for (JsonNode abonnement : results) {
            if (callback.equals(abonnement.path("callbackUrl").asText())) {
                abonnement.path("kanalen").forEach(k -> gedekt.add(k.path("naam").asText()));
            }
        }
        List<String> open = new ArrayList<>();
        for (String kanaal : kanalen) {
            if (gedekt.contains(kanaal)) {
                continue;
            }
            OutboundHttp.Answer created = call(HttpRequest.newBuilder(URI.create(base + "/abonnement"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("callbackUrl", callback,
                            "auth", "Bearer " + config.abonnementen().secret().orElseThrow(),
                            "kanalen", List.of(Map.of("naam", kanaal, "filters", Map.of())))))));
            if (created.status() == 201) {
                LOG.infof("Subscribed to kanaal %s at %s", kanaal, callback);
            } else {
                LOG.debugf("Abonnement on kanaal %s answered %d: %s", kanaal, created.status(),
                        new String(created.body(), java.nio.charset.StandardCharsets.UTF_8));
                open.add(kanaal);
            }
        }
        return open;
    }

    private OutboundHttp.Answer call(HttpRequest.Builder request) throws Exception {
        return http.send("notificaties", request.header("Authorization", "Bearer " + signer.ownToken())
                .header("Accept", "application/json").build(), TIMEOUT, OutboundHttp.DEFAULT_MAX_BYTES);
    }
}
