package nl.zgw.zaken;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real HTTP server playing the Catalogi API for the Zaken tests, serving fixed JSON by path:
 * zaaktypen {@code a} and {@code b} (published; b vertrouwelijk), {@code concept} and
 * {@code geen-zaaktype}; zaaktype A has statustypen s1 and s2 (the eindstatus), a resultaattype
 * per afleidingswijze ({@code r-<afleidingswijze>}, archiefactietermijn P10Y, and
 * {@code r-zonder-termijn}), roltype {@code initiator}, eigenschap {@code vervaldatum} and
 * zaakobjecttype {@code zot} and informatieobjecttype {@code brief} (not {@code memo}); zaaktype B
 * has statustype {@code sb}. Anything else is 404.
 */
public class CatalogiStub implements QuarkusTestResourceLifecycleManager {

    public static final List<String> AFLEIDINGSWIJZEN = List.of("afgehandeld", "termijn", "eigenschap", "hoofdzaak",
            "gerelateerde_zaak", "zaakobject", "ingangsdatum_besluit", "vervaldatum_besluit", "ander_datumkenmerk");

    private static String base;
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private HttpServer server;

    public static String zaaktype(String name) {
        return url("zaaktypen", name);
    }

    /** A communicatiekanaal of the Referentielijsten API the stub also plays ({@code telefoon}; {@code vorm} has another shape). */
    public static String communicatiekanaal(String name) {
        return base.replace("/catalogi/api/v1", "/referentielijsten/api/v1/communicatiekanalen/") + name;
    }

    /** The URL of a type of the stub, e.g. {@code url("statustypen", "s2")}. */
    public static String url(String collection, String name) {
        return base + "/" + collection + "/" + name;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/catalogi/api/v1";
        String a = zaaktype("a");
        List<String> resultaattypen = AFLEIDINGSWIJZEN.stream().map(w -> url("resultaattypen", "r-" + w))
                .collect(Collectors.toList());
        resultaattypen.add(url("resultaattypen", "r-zonder-termijn"));
        for (String name : List.of("a", "b", "concept")) {
            boolean isA = "a".equals(name);
            bodies.put("zaaktypen/" + name, "{\"url\": \"" + zaaktype(name) + "\", \"identificatie\": \"ZT-" + name
                    + "\", \"catalogus\": \"" + url("catalogussen", "1") + "\", \"statustypen\": "
                    + list(isA ? List.of(url("statustypen", "s1"), url("statustypen", "s2")) : List.of())
                    + ", \"resultaattypen\": " + list(isA ? resultaattypen : List.of())
                    + ", \"informatieobjecttypen\": " + list(isA ? List.of(url("informatieobjecttypen", "brief")) : List.of())
                    + ", \"productenOfDiensten\": [\"https://producten.example/p1\"]"
                    + ", \"vertrouwelijkheidaanduiding\": \"" + ("b".equals(name) ? "vertrouwelijk" : "openbaar")
                    + "\", \"concept\": " + "concept".equals(name) + "}");
        }
        for (String iot : List.of("brief", "memo")) {
            bodies.put("informatieobjecttypen/" + iot, "{\"url\": \"" + url("informatieobjecttypen", iot) + "\", "
                    + "\"omschrijving\": \"" + iot + "\", \"catalogus\": \"" + url("catalogussen", "1") + "\"}");
        }
        bodies.put("zaaktypen/geen-zaaktype", "{\"url\": \"" + zaaktype("geen-zaaktype") + "\"}");
        bodies.put("statustypen/s1", statustype("s1", a, 1, false));
        bodies.put("statustypen/s2", statustype("s2", a, 2, true));
        bodies.put("statustypen/sb", statustype("sb", zaaktype("b"), 1, false));
        for (String wijze : AFLEIDINGSWIJZEN) {
            String procedure = switch (wijze) {
                case "termijn" -> ", \"procestermijn\": \"P5Y\"";
                case "eigenschap" -> ", \"datumkenmerk\": \"vervaldatum\"";
                case "zaakobject" -> ", \"objecttype\": \"overige\", \"datumkenmerk\": \"overigeData.vervaldatum\"";
                default -> "";
            };
            bodies.put("resultaattypen/r-" + wijze, resultaattype("r-" + wijze, a, "P10Y",
                    "{\"afleidingswijze\": \"" + wijze + "\"" + procedure + "}"));
        }
        bodies.put("resultaattypen/r-zonder-termijn", resultaattype("r-zonder-termijn", a, null,
                "{\"afleidingswijze\": \"afgehandeld\"}"));
        bodies.put("roltypen/initiator", "{\"url\": \"" + url("roltypen", "initiator") + "\", \"zaaktype\": \"" + a
                + "\", \"omschrijving\": \"Aanvrager\", \"omschrijvingGeneriek\": \"initiator\"}");
        bodies.put("eigenschappen/vervaldatum", "{\"url\": \"" + url("eigenschappen", "vervaldatum") + "\", "
                + "\"zaaktype\": \"" + a + "\", \"naam\": \"vervaldatum\"}");
        bodies.put("zaakobjecttypen/zot", "{\"url\": \"" + url("zaakobjecttypen", "zot") + "\", \"zaaktype\": \""
                + a + "\"}");
        server.createContext("/catalogi/api/v1/", exchange -> {
            String body = bodies.get(exchange.getRequestURI().getPath().substring("/catalogi/api/v1/".length()));
            byte[] bytes = (body == null ? "{\"status\": 404}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Cache-Control", "private, max-age=300");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        // the Referentielijsten API (outside the suite): one communicatiekanaal, and a URL of another shape
        server.createContext("/referentielijsten/api/v1/communicatiekanalen/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/referentielijsten/api/v1/communicatiekanalen/".length());
            String body = switch (name) {
                case "telefoon" -> "{\"url\": \"" + communicatiekanaal(name) + "\", \"naam\": \"Telefoon\", "
                        + "\"omschrijving\": \"Telefonisch contact\"}";
                case "vorm" -> "{\"naam\": \"geen kanaal\"}";
                // an object of an allowed external source that a zaakobject may point to (zrc-021, afleidingswijze zaakobject)
                case "object-met-datum" -> "{\"overigeData\": {\"vervaldatum\": \"2031-3-1\"}}";
                default -> null;
            };
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return Map.of("zgw.base-urls.catalogi", base, "zaken.externe-bronnen.toegestaan",
                base.replace("/catalogi/api/v1", "/referentielijsten/api/v1/"));
    }

    private static String statustype(String name, String zaaktype, int volgnummer, boolean eind) {
        return "{\"url\": \"" + url("statustypen", name) + "\", \"zaaktype\": \"" + zaaktype + "\", \"volgnummer\": "
                + volgnummer + ", \"isEindstatus\": " + eind + "}";
    }

    private static String resultaattype(String name, String zaaktype, String termijn, String procedure) {
        return "{\"url\": \"" + url("resultaattypen", name) + "\", \"zaaktype\": \"" + zaaktype + "\", "
                + "\"archiefnominatie\": \"vernietigen\", \"archiefactietermijn\": "
                + (termijn == null ? "null" : "\"" + termijn + "\"") + ", \"brondatumArchiefprocedure\": " + procedure + "}";
    }

    private static String list(List<String> urls) {
        return urls.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
