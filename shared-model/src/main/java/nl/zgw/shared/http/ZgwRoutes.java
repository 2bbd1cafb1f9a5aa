package nl.zgw.shared.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.problem.ProblemResponses;

import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.UUID;

/**
 * HTTP behaviour that holds for every route of a ZGW service, REST or not: the {@code API-version}
 * header on every response, a {@code application/problem+json} 404 for paths that no route serves
 * (instead of the server's default page), and a 413 problem for a body larger than the limit.
 */
@ApplicationScoped
public class ZgwRoutes {

    public static final String API_VERSION = "API-version";

    void install(@Observes Router router, ZgwConfig config) {
        String version = config.apiVersion();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set(API_VERSION, version));
            ctx.next();
        });
        long limiet = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10240L * 1024);
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> teGroot(ctx, limiet));
        router.route().order(Integer.MAX_VALUE).handler(ctx -> nietGevonden(ctx, "De gevraagde resource bestaat niet."));
    }

    /** Ends the request with a 404 {@code not_found} problem, for a route outside JAX-RS. */
    public static void nietGevonden(io.vertx.ext.web.RoutingContext ctx, String detail) {
        JsonObject body = new JsonObject()
                .put("type", "urn:zgw:fout:not_found")
                .put("code", "not_found")
                .put("title", "Niet gevonden.")
                .put("status", 404)
                .put("detail", detail)
                .put("instance", "urn:uuid:" + UUID.randomUUID());
        ctx.response().setStatusCode(404)
                .putHeader("Content-Type", ProblemResponses.PROBLEM_JSON)
                .end(body.encode());
    }

    /** Up to this many bytes of a body that is too large are read (and dropped) so the client sees the 413. */
    static final long LEES_NOG = 64L * 1024 * 1024;

    /**
     * A body whose {@code Content-Length} passes the limit is a 413 problem, answered once the body
     * has arrived (read and dropped, up to {@link #LEES_NOG} bytes), so a client that sends its whole
     * body before it reads gets the answer; the connection closes after it. A larger one is answered
     * at once and the connection closed.
     */
    private static void teGroot(io.vertx.ext.web.RoutingContext ctx, long limiet) {
        String lengte = ctx.request().getHeader("Content-Length");
        long bytes;
        try {
            bytes = lengte == null ? -1 : Long.parseLong(lengte.trim());
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        if (bytes <= limiet) {
            ctx.next();
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", "urn:zgw:fout:request_entity_too_large")
                .put("code", "request_entity_too_large")
                .put("title", "Het verzoek is te groot.")
                .put("status", 413)
                .put("detail", "De inhoud van het verzoek is " + bytes + " bytes; deze API neemt er hooguit " + limiet
                        + " aan.")
                .put("instance", "urn:uuid:" + UUID.randomUUID());
        io.vertx.core.http.HttpServerResponse response = ctx.response().setStatusCode(413)
                .putHeader("Content-Type", ProblemResponses.PROBLEM_JSON).putHeader("Connection", "close");
        // a client waiting for 100-continue sends nothing more; an HTTP/2 connection carries other requests
        if (bytes > LEES_NOG || ctx.request().getHeader("Expect") != null
                || ctx.request().version() == io.vertx.core.http.HttpVersion.HTTP_2) {
            response.end(body.encode());
            return;
        }
        ctx.request().handler(deel -> { });
        ctx.request().endHandler(v -> response.end(body.encode()));
        ctx.request().exceptionHandler(e -> response.reset());
        ctx.request().resume();
    }
}
