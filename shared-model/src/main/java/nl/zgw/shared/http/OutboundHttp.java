package nl.zgw.shared.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every call this service makes to another API, to a subscriber or to a source outside the suite
 * goes through here: one HTTP/1.1 client that never follows redirects, a time-out on the whole
 * exchange (a server that trickles its body is cut off), a cap on the size of the answer (read no
 * further than the cap), and a timer per target and outcome ({@code zgw_outbound_requests_seconds}).
 * Credentials are the caller's business: this service's token goes to the APIs of the suite only.
 */
@ApplicationScoped
public class OutboundHttp {

    /** The largest answer read by default: far above any ZGW resource or page. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
    /** For answers whose body means nothing to the caller (a subscriber's): read and dropped, however long. */
    public static final int BODY_IGNORED = -1;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** An answer: its status, headers and body (read whole, at most the cap). */
    public record Answer(int status, HttpHeaders headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean ok() {
            return status / 100 == 2;
        }
    }

    /** The answer was larger than the caller allowed; nothing beyond the cap was read. */
    public static class TooLargeException extends IOException {
        public TooLargeException(URI uri, int max) {
            super(uri + " answered with more than " + max + " bytes");
        }
    }

    private static final Logger LOG = Logger.getLogger(OutboundHttp.class);
    private static final String RESTRICTED = "jdk.httpclient.allowRestrictedHeaders";

    static {
        // a tenant's Host on a call inside the cluster (ADR 0022): the JDK reads this once, at its first
        // HTTP request, so it is set here as well as on the images' command line
        String allowed = System.getProperty(RESTRICTED, "");
        if (!java.util.Arrays.asList(allowed.toLowerCase(java.util.Locale.ROOT).split(",")).contains("host")) {
            System.setProperty(RESTRICTED, allowed.isBlank() ? "host" : allowed + ",host");
        }
    }

    /** Fails, saying how to fix it, when this JVM's HTTP client will not send a Host of our choosing. */
    public static void requireHostHeader() {
        try {
            java.net.http.HttpRequest.newBuilder(URI.create("http://localhost/")).header("Host", "example.org");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Tenants with zgw.auth.verify-url need -D" + RESTRICTED
                    + "=host on the java command line (the images set it)", e);
        }
    }
    private static final String COMMON_POOL = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    /** Where callers' follow-up work runs: never on the JDK's one timer thread or the client's selector. */
    private final ExecutorService vervolg = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(nl.zgw.shared.tenant.CurrentTenant.nieuweDraad(r), "outbound-http");
        t.setDaemon(true);
        return t;
    });
    private final Instance<MeterRegistry> registry;
    private final io.opentelemetry.api.OpenTelemetry tracing;

    @Inject
    public OutboundHttp(Instance<MeterRegistry> registry, Instance<io.opentelemetry.api.OpenTelemetry> tracing) {
        this.registry = registry;
        this.tracing = tracing.isResolvable() ? tracing.get() : io.opentelemetry.api.OpenTelemetry.noop();
        if (ForkJoinPool.getCommonPoolParallelism() < 2) {
            // the HttpClient completes every sendAsync in CompletableFuture's default executor, which
            // is then a new thread per exchange (the images and scripts/suite.sh set the pool to 2)
            LOG.warnf("The common ForkJoinPool has a parallelism of %d: every outbound call starts a thread; "
                    + "start the JVM with -D%s=2", ForkJoinPool.getCommonPoolParallelism(), COMMON_POOL);
        }
    }

    /** Without metrics or tracing (plain unit tests). */
    public OutboundHttp() {
        this(io.opentelemetry.api.OpenTelemetry.noop());
    }

    /** Without metrics, with {@code tracing} (a unit test of trace propagation). */
    public OutboundHttp(io.opentelemetry.api.OpenTelemetry tracing) {
        this.registry = null;
        this.tracing = tracing;
    }

    /**
     * Sends {@code request} to {@code target} (a name for the metrics: {@code notificaties},
     * {@code abonnee}, ...); the answer, or an exception once {@code timeout} has passed for the whole
     * exchange ({@link HttpTimeoutException}) or the body passes {@code maxBytes} ({@link TooLargeException}).
     * A time-out aborts the exchange: its connection is closed, not left to the peer.
     */
    public CompletableFuture<Answer> sendAsync(String target, HttpRequest request, Duration timeout, int maxBytes) {
        long start = System.nanoTime();
        // the JDK's own time-out (until the answer's headers) stays as a backstop
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout);
        // the trace this request belongs to goes along (W3C traceparent; nothing while tracing is off)
        tracing.getPropagators().getTextMapPropagator().inject(io.opentelemetry.context.Context.current(), builder,
                (b, key, value) -> b.setHeader(key, value));
        HttpRequest timed = builder.build();
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(timed, limited(request.uri(), maxBytes));
        return call.copy().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handleAsync((response, failure) -> {
                    Throwable cause = unwrap(failure);
                    record(target, response, cause, System.nanoTime() - start);
                    if (cause != null) {
                        call.cancel(true); // still running after a time-out of the copy: aborts the exchange
                        throw new CompletionException(cause instanceof TimeoutException
                                ? new HttpTimeoutException(target + " did not answer within " + timeout) : cause);
                    }
                    return new Answer(response.statusCode(), response.headers(), response.body());
                }, nl.zgw.shared.tenant.CurrentTenant.boundNow(vervolg)); // follow-ups stay in the caller's tenant
    }

    /** As {@link #sendAsync}, waiting for the answer; an interrupt aborts the exchange. */
    public Answer send(String target, HttpRequest request, Duration timeout, int maxBytes)
            throws IOException, InterruptedException {
        CompletableFuture<Answer> answer = sendAsync(target, request, timeout, maxBytes);
        try {
            return answer.get();
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause.getMessage(), cause);
        }
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The body, read no further than {@code max} bytes (without blocking a thread of the client). */
    private static HttpResponse.BodyHandler<byte[]> limited(URI uri, int max) {
        return info -> new CappedBody(uri, max);
    }

    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final URI uri;
        private final int max;
        private Flow.Subscription subscription;

        CappedBody(URI uri, int max) {
            this.uri = uri;
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone() || max == BODY_IGNORED) {
                return;
            }
            for (ByteBuffer item : items) {
                if ((long) out.size() + item.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeException(uri, max));
                    return;
                }
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.write(bytes, 0, bytes.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }

    private void record(String target, HttpResponse<?> response, Throwable failure, long nanos) {
        if (registry == null || registry.isUnsatisfied()) {
            return;
        }
        String outcome = failure instanceof TimeoutException || failure instanceof HttpTimeoutException ? "timeout"
                : failure instanceof TooLargeException ? "too_large"
                : failure != null ? "error" : (response.statusCode() / 100) + "xx";
        Timer.builder("zgw.outbound.requests").description("Calls this service made to other APIs and subscribers")
                .tag("target", target).tag("outcome", outcome)
                .register(registry.get()).record(nanos, TimeUnit.NANOSECONDS);
    }
}
