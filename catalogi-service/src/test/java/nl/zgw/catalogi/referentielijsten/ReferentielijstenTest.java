package nl.zgw.catalogi.referentielijsten;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import nl.zgw.shared.problem.UpstreamException;
import nl.zgw.shared.problem.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client of the Referentielijsten API against real local HTTP servers: answers, errors, outages, caching. */
class ReferentielijstenTest {

    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
        server.createContext("/api/v1/", exchange -> {
            calls.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            int status = path.endsWith("/kapot") ? 500 : path.endsWith("/weg") ? 404 : 200;
            byte[] body = ("{\"url\": \"" + base + path.substring("/api/v1".length()) + "\", \"procesType\": \"p\"}")
                    .getBytes(StandardCharsets.UTF_8);
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

    private Referentielijsten client(String url, Duration ttl) {
        return new Referentielijsten(new ReferentielijstenConfig() {
            public String url() {
                return url;
            }

            public Duration cacheTtl() {
                return ttl;
            }

            public Duration timeout() {
                return Duration.ofSeconds(2);
            }
        }, new ObjectMapper(), new nl.zgw.shared.http.OutboundHttp());
    }

    @Test
    void answersAreKeptForTheirTtl() {
        Referentielijsten client = client(base, Duration.ofMinutes(1));
        assertThat(client.resultaat("f", base + "/resultaten/1").path("procesType").asText()).isEqualTo("p");
        client.resultaat("f", base + "/resultaten/1");
        assertThat(calls.get()).isEqualTo(1);
        Referentielijsten uncached = client(base, Duration.ZERO);
        uncached.resultaat("f", base + "/resultaten/1");
        uncached.resultaat("f", base + "/resultaten/1");
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void theClientsMistakesAre400AndTheApisAre503() throws IOException {
        Referentielijsten client = client(base, Duration.ofMinutes(1));
        assertThatThrownBy(() -> client.procestype("selectielijstProcestype", base + "/resultaten/1"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.invalidParams().get(0).code()).isEqualTo("invalid-resource"));
        assertThatThrownBy(() -> client.procestype("selectielijstProcestype", base + "/procestypen/weg"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.invalidParams().get(0).code()).isEqualTo("bad-url"));
        assertThatThrownBy(() -> client.procestype("selectielijstProcestype", base + "/procestypen/kapot"))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.status()).isEqualTo(503));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String down = "http://127.0.0.1:" + closedPort + "/api/v1";
        assertThatThrownBy(() -> client(down, Duration.ZERO).procestype("selectielijstProcestype",
                down + "/procestypen/1")).isInstanceOfSatisfying(UpstreamException.class,
                e -> assertThat(e.status()).isEqualTo(503));
    }
}
