package nl.zgw.documenten;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server playing the Zaken API for the Documenten tests: every zaak exists (with a
 * zaaktype) except {@link #BESTAAT_NIET} (404) and {@link #GEEN_ZAAK} (another shape); its
 * zaakinformatieobjecten are the pairs a test registers with {@link #relatie}.
 */
public class ZakenStub implements QuarkusTestResourceLifecycleManager {

    public static final String BESTAAT_NIET = "00000000-0000-0000-0000-000000000404";
    public static final String GEEN_ZAAK = "00000000-0000-0000-0000-000000000400";

    private static String base;
    private static final Set<String> RELATIES = ConcurrentHashMap.newKeySet();
    private HttpServer server;

    public static String zaak(String naam) {
        return base + "/zaken/" + naam;
    }

    public static void relatie(String zaak, String document) {
        RELATIES.add(zaak + " " + document);
    }

    public static void geenRelatie(String zaak, String document) {
        RELATIES.remove(zaak + " " + document);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/zaken/api/v1";
        server.createContext("/zaken/api/v1/zaken/", exchange -> {
            String naam = exchange.getRequestURI().getPath().substring("/zaken/api/v1/zaken/".length());
            if (!"EPSG:4326".equals(exchange.getRequestHeaders().getFirst("Accept-Crs"))) {
                antwoord(exchange, 412, "{\"code\": \"precondition_failed\"}"); // as the Zaken API answers
                return;
            }
            String body = switch (naam) {
                case BESTAAT_NIET -> null;
                case GEEN_ZAAK -> "{\"url\": \"" + zaak(naam) + "\"}";
                default -> "{\"url\": \"" + zaak(naam) + "\", \"identificatie\": \"ZAAK-" + naam + "\", \"zaaktype\": \""
                        + base.replace("/zaken/", "/catalogi/") + "/zaaktypen/1\"}";
            };
            antwoord(exchange, body == null ? 404 : 200, body == null ? "{}" : body);
        });
        server.createContext("/zaken/api/v1/zaakinformatieobjecten", exchange -> {
            Map<String, String> query = nl.zgw.testsupport.http.StubAntwoord.query(exchange.getRequestURI().getRawQuery());
            boolean bestaat = RELATIES.contains(query.get("zaak") + " " + query.get("informatieobject"));
            antwoord(exchange, 200, bestaat ? "[{\"zaak\": \"" + query.get("zaak") + "\", \"informatieobject\": \""
                    + query.get("informatieobject") + "\"}]" : "[]");
        });
        server.start();
        return Map.of("zgw.base-urls.zaken", base);
    }

    private static void antwoord(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        nl.zgw.testsupport.http.StubAntwoord.json(exchange, status, body);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
