package nl.zgw.shared.http;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one outbound client against a real HTTP server: redirects, time-out of the whole exchange, size cap. */
class OutboundHttpTest {

    private HttpServer server;
    private String base;
    private final OutboundHttp http = new OutboundHttp();
    private volatile String traceparent;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/ok", exchange -> {
            byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", base + "/ok");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/trace", exchange -> {
            traceparent = String.valueOf(exchange.getRequestHeaders().getFirst("traceparent"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[64 * 1024]);
            } catch (java.io.IOException ignored) {
                // the client stopped reading
            }
            exchange.close();
        });
        server.createContext("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (Exception ignored) {
                // the client gave up
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET().build();
    }

    /** A call made within a trace carries it (W3C traceparent); without tracing nothing is added. */
    @Test
    void theTraceGoesAlong() throws Exception {
        io.opentelemetry.sdk.OpenTelemetrySdk otel = io.opentelemetry.sdk.OpenTelemetrySdk.builder()
                .setTracerProvider(io.opentelemetry.sdk.trace.SdkTracerProvider.builder().build())
                .setPropagators(io.opentelemetry.context.propagation.ContextPropagators.create(
                        io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator.getInstance()))
                .build();
        io.opentelemetry.api.trace.Span span = otel.getTracer("test").spanBuilder("verzoek").startSpan();
        try (io.opentelemetry.context.Scope ignored = span.makeCurrent()) {
            new OutboundHttp(otel).send("peer", get("/trace"), Duration.ofSeconds(5), 1024);
        } finally {
            span.end();
        }
        assertThat(traceparent).startsWith("00-" + span.getSpanContext().getTraceId() + "-");
        http.send("peer", get("/trace"), Duration.ofSeconds(5), 1024);
        assertThat(traceparent).isEqualTo("null");
    }

    @Test
    void answersStatusHeadersAndBody() throws Exception {
        OutboundHttp.Answer answer = http.send("test", get("/ok"), Duration.ofSeconds(2), 1024);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.ok()).isTrue();
        assertThat(answer.text()).isEqualTo("{\"a\":1}");
    }

    @Test
    void doesNotFollowRedirects() throws Exception {
        OutboundHttp.Answer answer = http.send("test", get("/redirect"), Duration.ofSeconds(2), 1024);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).contains(base + "/ok");
    }

    @Test
    void aBodyOverTheCapIsRefusedWithoutReadingItWhole() {
        assertThatThrownBy(() -> http.send("test", get("/big"), Duration.ofSeconds(2), 1000))
                .isInstanceOf(OutboundHttp.TooLargeException.class);
    }

    @Test
    void anIgnoredBodyIsReadAndDroppedWhateverItsSize() throws Exception {
        OutboundHttp.Answer answer = http.send("test", get("/big"), Duration.ofSeconds(2), OutboundHttp.BODY_IGNORED);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersHasItsConnectionClosedAtTheTimeOut() throws Exception {
        try (java.net.ServerSocket stil = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.CompletableFuture<Long> gesloten = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (java.net.Socket verbinding = stil.accept()) {
                    java.io.InputStream in = verbinding.getInputStream();
                    while (in.read() != -1) {
                        // the request, then nothing is answered: wait for the client to close
                    }
                    return System.nanoTime();
                } catch (java.io.IOException e) {
                    return System.nanoTime(); // reset by the client: closed as well
                }
            });
            long start = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stil.getLocalPort() + "/"))
                    .GET().build();
            assertThatThrownBy(() -> http.send("test", request, Duration.ofMillis(500), 1024))
                    .isInstanceOf(HttpTimeoutException.class);
            long closedAt = gesloten.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(closedAt - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aServerThatTricklesIsCutOffAtTheTimeOutOfTheWholeExchange() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> http.send("test", get("/trickle"), Duration.ofMillis(500), 1024))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }
}
