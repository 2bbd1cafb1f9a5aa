package nl.zgw.shared.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import nl.zgw.shared.http.OutboundHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Token verification against a real HTTP server in the Autorisaties API's place: strict by default
 * (every verification asks), and with {@code zgw.auth.verify-validity} a positive answer reused for
 * the same token only, for that long only; a refusal is never reused.
 */
class RemoteTokenVerifierTest {

    private HttpServer server;
    private URI verifyUrl;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean refuse;
    private volatile java.util.concurrent.CountDownLatch held;

    private final ZgwTokenSigner signer = new ZgwTokenSigner(null) {
        @Override
        public String ownToken() {
            return ZgwTokenSigner.sign("zgw-suite", "own-secret-own-secret", "", "");
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/autorisaties/intern/v1/verify", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            boolean refused = refuse; // what the Autorisaties API holds when the call arrives
            java.util.concurrent.CountDownLatch hold = held;
            if (hold != null) {
                held = null;
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (refused) {
                exchange.sendResponseHeaders(422, -1);
            } else {
                byte[] body = ("{\"clientId\":\"app\",\"userId\":\"u\",\"userRepresentation\":\"U\",\"autorisaties\":"
                        + "{\"clientId\":\"app\",\"heeftAlleAutorisaties\":true,\"grants\":[],"
                        + "\"alleenIsGereedVoorPublicatie\":false}}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        verifyUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/autorisaties/intern/v1/verify");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RemoteTokenVerifier verifier(Duration validity) {
        return verifier(validity, Duration.ofHours(1));
    }

    private RemoteTokenVerifier verifier(Duration validity, Duration maxAge) {
        return new RemoteTokenVerifier(verifyUrl, signer, new ObjectMapper(), Duration.ofSeconds(2), new OutboundHttp(),
                validity, maxAge);
    }

    private static String token(String user) {
        return ZgwTokenSigner.sign("app", "app-secret-app-secret", user, user);
    }

    @Test
    void strictByDefaultEveryVerificationAsks() {
        RemoteTokenVerifier strict = verifier(Duration.ZERO);
        String token = token("a");
        strict.verify(token);
        strict.verify(token);
        strict.verify(token);
        assertThat(calls.get()).isEqualTo(3);
        refuse = true; // a change in the Autorisaties API is in force on the next request
        assertThatThrownBy(() -> strict.verify(token)).isInstanceOf(TokenVerifier.InvalidTokenException.class);
    }

    @Test
    void concurrentRequestsWithOneTokenShareCallsButNeverACallStartedBeforeThem() throws Exception {
        RemoteTokenVerifier strict = verifier(Duration.ZERO);
        String token = token("a");
        strict.verify(token("warm-up"));
        calls.set(0);
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        held = hold;
        java.util.List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(9, r -> {
            Thread t = new Thread(r);
            threads.add(t);
            return t;
        });
        try {
            var first = pool.submit(() -> strict.verify(token)); // its call is held by the server
            while (calls.get() < 1) {
                Thread.sleep(5);
            }
            refuse = true; // changed while the first call runs: every request that arrives now must see it
            java.util.List<java.util.concurrent.Future<TokenVerifier.VerifiedCaller>> later = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                later.add(pool.submit(() -> strict.verify(token)));
            }
            GebundeldeVraagTest.untilAllWait(threads, 9); // the eight wait for the held call to end
            assertThat(calls.get()).isEqualTo(1);
            hold.countDown();
            assertThat(first.get().clientId()).isEqualTo("app"); // asked before the change
            for (var f : later) {
                assertThatThrownBy(f::get).hasCauseInstanceOf(TokenVerifier.InvalidTokenException.class);
            }
            assertThat(calls.get()).isEqualTo(2); // the eight shared one call, made after they arrived
        } finally {
            hold.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void withAValidityAnAnswerIsReusedForThatTokenAndThatLongOnly() throws Exception {
        verifier(Duration.ZERO).verify(token("warm-up")); // the first call of a JVM is slow; not this test's subject
        calls.set(0);
        RemoteTokenVerifier lenient = verifier(Duration.ofSeconds(1));
        String token = token("a");
        assertThat(lenient.verify(token).clientId()).isEqualTo("app");
        assertThat(lenient.verify(token).userId()).isEqualTo("u");
        assertThat(calls.get()).isEqualTo(1);
        lenient.verify(token("b")); // another token of the same client: asked about
        assertThat(calls.get()).isEqualTo(2);
        refuse = true;
        lenient.verify(token); // within the validity the change is not seen yet: the bounded trade-off
        assertThat(calls.get()).isEqualTo(2);
        Thread.sleep(1100);
        assertThatThrownBy(() -> lenient.verify(token)).isInstanceOf(TokenVerifier.InvalidTokenException.class);
        assertThatThrownBy(() -> lenient.verify(token)).isInstanceOf(TokenVerifier.InvalidTokenException.class);
        assertThat(calls.get()).isEqualTo(4); // refusals are asked again every time
    }

    @Test
    void aReusedAnswerNeverOutlivesTheTokensMaximumAge() throws Exception {
        verifier(Duration.ZERO).verify(token("warm-up"));
        calls.set(0);
        // iat is in whole seconds: this token goes stale 2 to 3 s from now, well within the validity
        RemoteTokenVerifier lenient = verifier(Duration.ofSeconds(10), Duration.ofSeconds(3));
        String token = token("a");
        lenient.verify(token);
        lenient.verify(token);
        assertThat(calls.get()).isEqualTo(1);
        Thread.sleep(3100);
        lenient.verify(token); // past iat + maximum age: asked again (the Autorisaties API decides)
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aValidityOutsideZeroToTenSecondsIsRefused() {
        assertThatThrownBy(() -> verifier(Duration.ofSeconds(11))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("verify-validity");
        assertThatThrownBy(() -> verifier(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        verifier(Duration.ofSeconds(10)); // the bound itself is allowed
    }
}
