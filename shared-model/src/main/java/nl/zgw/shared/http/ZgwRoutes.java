package nl.zgw.shared.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.shared.config.ZgwConfig;
import nl.zgw.shared.problem.ProblemResponses;

import java.util.UUID;

/**
 * HTTP behaviour that holds for every route of a ZGW service, REST or not: the {@code API-version}
 * header on every response, and a {@code application/problem+json} 404 for paths that no route
 * serves (instead of the server's default page).
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
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            JsonObject body = new JsonObject()
                    .put("type", "urn:zgw:fout:not_found")
                    .put("code", "not_found")
                    .put("title", "Niet gevonden.")
                    .put("status", 404)
                    .put("detail", "De gevraagde resource bestaat niet.")
                    .put("instance", "urn:uuid:" + UUID.randomUUID());
            ctx.response().setStatusCode(404)
                    .putHeader("Content-Type", ProblemResponses.PROBLEM_JSON)
                    .end(body.encode());
        });
    }
}
