package nl.zgw.shared.ref;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import nl.zgw.shared.problem.UpstreamException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading other APIs' resources against a real local HTTP server: caching as HTTP says, errors as ZGW wants. */
class RemoteResourcesTest {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private volatile String version = "1";
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            requests.add(path + " " + exchange.getRequestHeaders().getFirst("Authorization") + " " + ifNoneMatch);
            int status = path.contains("weg") ? 404 : path.contains("geweigerd") ? 403 : 200;
            String etag = "\"v" + version + "\"";
            if (status == 200 && etag.equals(ifNoneMatch)) {
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] body = ("{\"versie\": \"" + version + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Cache-Control", path.contains("vast") ? "private, max-age=60"
                    : "private, no-cache");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RemoteResources remote() {
        return new RemoteResources(new nl.zgw.shared.http.OutboundHttp(), new ObjectMapper(), () -> "token", Duration.ofSeconds(2), 100, clock::get);
    }

    /**
     * getAll asks every URL that is not fresh in the cache at the same time: the server answers only
     * once all three requests are in (one after the other would never get there), a fresh one is not
     * asked again, and a 404 is empty.
     */
    @Test
    void getAllAsksAllAtOnceAndEachOnce() throws Exception {
        java.util.concurrent.CountDownLatch allIn = new java.util.concurrent.CountDownLatch(3);
        HttpServer together = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        together.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        together.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            allIn.countDown();
            boolean together3;
            try {
                together3 = allIn.await(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                together3 = false;
            }
            boolean weg = exchange.getRequestURI().getPath().contains("weg");
            byte[] body = ("{\"pad\": \"" + exchange.getRequestURI().getPath() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Cache-Control", "max-age=60");
            exchange.sendResponseHeaders(!together3 ? 500 : weg ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        together.start();
        try {
            String at = "http://127.0.0.1:" + together.getAddress().getPort();
            RemoteResources remote = remote();
            ResourceUrl a = ResourceUrl.of(at + "/typen/a");
            ResourceUrl b = ResourceUrl.of(at + "/typen/b");
            ResourceUrl weg = ResourceUrl.of(at + "/typen/weg");
            var all = remote.getAll(List.of(a, b, weg, a));
            assertThat(all.get(a).orElseThrow().path("pad").asText()).isEqualTo("/typen/a");
            assertThat(all.get(b).orElseThrow().path("pad").asText()).isEqualTo("/typen/b");
            assertThat(all.get(weg)).isEmpty();
            assertThat(requests).hasSize(3);
            remote.getAll(List.of(a, b)); // fresh in the cache: not asked again
            assertThat(requests).hasSize(3);
        } finally {
            together.stop(0);
        }
    }

    @Test
    void aResourceWithMaxAgeIsReusedUntilItExpires() {
        RemoteResources remote = remote();
        ResourceUrl url = ResourceUrl.of(base + "/zaaktypen/vast");
        assertThat(remote.get(url).orElseThrow().path("versie").asText()).isEqualTo("1");
        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        remote.get(url);
        assertThat(requests).hasSize(1).first().asString().contains("Bearer token");
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        version = "2";
        assertThat(remote.get(url).orElseThrow().path("versie").asText()).isEqualTo("2");
        assertThat(requests.get(1)).endsWith("\"v1\"");
    }

    /** A 304 that does not repeat Cache-Control: the stored answer's max-age holds again (RFC 9111, 4.3.4). */
    @Test
    void aRevalidatedResourceIsReusedForItsMaxAgeAgain() {
        RemoteResources remote = remote();
        ResourceUrl url = ResourceUrl.of(base + "/zaaktypen/vast");
        remote.get(url);
        clock.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(remote.get(url).orElseThrow().path("versie").asText()).isEqualTo("1"); // revalidated: 304
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1)).endsWith("\"v1\"");
        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        remote.get(url);
        remote.get(url);
        assertThat(requests).as("fresh again for 60 s after the 304").hasSize(2);
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        remote.get(url);
        assertThat(requests).hasSize(3);
    }

    @Test
    void aNoCacheResourceIsRevalidatedEachTimeAndA304CostsNoBody() {
        RemoteResources remote = remote();
        ResourceUrl url = ResourceUrl.of(base + "/zaaktypen/concept");
        remote.get(url);
        assertThat(remote.get(url).orElseThrow().path("versie").asText()).isEqualTo("1");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1)).endsWith("\"v1\"");
        remote.evict(url.toString());
        remote.get(url);
        assertThat(requests.get(2)).endsWith("null");
    }

    @Test
    void missingIsEmptyAndFailuresAre503() throws IOException {
        RemoteResources remote = remote();
        assertThat(remote.get(ResourceUrl.of(base + "/zaaktypen/weg"))).isEmpty();
        assertThatThrownBy(() -> remote.get(ResourceUrl.of(base + "/zaaktypen/geweigerd")))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.status()).isEqualTo(503));
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> remote.get(ResourceUrl.of("http://127.0.0.1:" + closed + "/zaaktypen/1")))
                .isInstanceOf(UpstreamException.class);
    }
}
