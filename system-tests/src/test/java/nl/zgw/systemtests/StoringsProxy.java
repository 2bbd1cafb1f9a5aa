package nl.zgw.systemtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP proxy in front of one service of the suite, for the network failures a test needs:
 * it passes every request on, except the one kind of request ({@code method} and path) that is
 * {@link #storing set} to fail: dropped unsent, answered 502 after the service handled it (its
 * answer lost), or held — sent or not — until {@link #laatLos()} (for killing the caller meanwhile).
 */
final class StoringsProxy implements AutoCloseable {

    enum Storing {
        /** The request never reaches the service; the connection is closed. */
        NIET_VERSTUURD,
        /** The service handles the request; its caller gets a 502 instead of the answer. */
        ANTWOORD_KWIJT,
        /** The service handles the request; the answer is held until released. */
        VERSTUURD_VASTGEHOUDEN,
        /** The request is held unsent until released, then dropped. */
        NIET_VERSTUURD_VASTGEHOUDEN
    }

    private static final List<String> HEADERS = List.of("Authorization", "Content-Type", "Accept", "If-None-Match",
            "Accept-Crs", "Content-Crs", "Range");
    private static final List<String> ANSWER_HEADERS = List.of("Content-Type", "ETag", "Cache-Control", "Location", "API-version",
            "Content-Length", "Content-Range", "Content-Disposition");

    private final HttpServer server;
    private volatile String target;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String method;
    private volatile String path;
    private volatile Storing storing;
    private volatile CountDownLatch vast = new CountDownLatch(0);
    private final CountDownLatch[] aangekomen = {new CountDownLatch(1)};

    private StoringsProxy(int port, String target) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** A proxy on {@code port} for the service at {@code target} (e.g. {@code http://localhost:1234}). */
    static StoringsProxy start(int port, String target) throws IOException {
        return new StoringsProxy(port, target);
    }

    /** From now on the proxy passes requests to {@code target}. */
    void doel(String target) {
        this.target = target;
    }

    /** From now on, requests {@code method path} (the path exactly, without query) fail this way. */
    synchronized void storing(String method, String path, Storing storing) {
        this.method = method;
        this.path = path;
        this.storing = storing;
        this.vast = new CountDownLatch(1);
        this.aangekomen[0] = new CountDownLatch(1);
    }

    /** Every request passes again; a held one is let go. */
    void geenStoring() {
        storing = null;
        laatLos();
    }

    void laatLos() {
        vast.countDown();
    }

    /** Waits until a request that fails has arrived (and, when held, was sent on if it is to be). */
    void wachtOpStoring() throws InterruptedException {
        if (!aangekomen[0].await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("no request for " + method + " " + path + " in 60 s");
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Storing mode = storing;
            boolean getroffen = mode != null && exchange.getRequestMethod().equals(method)
                    && exchange.getRequestURI().getPath().equals(path);
            if (!getroffen) {
                forward(exchange, body, false);
                return;
            }
            CountDownLatch wacht = vast;
            switch (mode) {
                case NIET_VERSTUURD -> aangekomen[0].countDown();
                case ANTWOORD_KWIJT -> {
                    forward(exchange, body, true);
                    aangekomen[0].countDown();
                    exchange.sendResponseHeaders(502, -1);
                }
                case VERSTUURD_VASTGEHOUDEN -> {
                    HttpResponse<byte[]> answer = send(exchange, body);
                    aangekomen[0].countDown();
                    wacht.await(120, TimeUnit.SECONDS);
                    reply(exchange, answer);
                }
                case NIET_VERSTUURD_VASTGEHOUDEN -> {
                    aangekomen[0].countDown();
                    wacht.await(120, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the caller is gone (killed): nothing to answer
        }
    }

    private void forward(HttpExchange exchange, byte[] body, boolean discard) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = send(exchange, body);
        if (!discard) {
            reply(exchange, answer);
        }
    }

    private HttpResponse<byte[]> send(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void reply(HttpExchange exchange, HttpResponse<byte[]> answer) throws IOException {
        for (String header : ANSWER_HEADERS) {
            if (!header.equals("Content-Length")) {
                answer.headers().firstValue(header).ifPresent(v -> exchange.getResponseHeaders().add(header, v));
            }
        }
        byte[] bytes = answer.body();
        boolean empty = bytes.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : bytes.length);
        if (!empty) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        laatLos();
        server.stop(0);
    }
}
