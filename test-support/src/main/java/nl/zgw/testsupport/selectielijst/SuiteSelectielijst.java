package nl.zgw.testsupport.selectielijst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Selectielijst API (VNG's referentielijsten: procestypen, resultaten and generic
 * resultaattypeomschrijvingen) served from the Selectielijst 2020 data in this module, so that the
 * suite of {@code scripts/suite.sh} checks zaaktypen and resultaattypen without internet. Read-only
 * and without authorisation, as the real API. Every URL it answers with lies under the public base
 * URL it is given; it serves the path of that URL on its port.
 * <ul>
 * <li>{@code GET /procestypen} (a list; filter {@code jaar}) and {@code /procestypen/{uuid}}</li>
 * <li>{@code GET /resultaten} (pages of {@value #PAGE_SIZE}: {@code count, next, previous, results};
 * filter {@code procesType}, also as {@code proces_type}; {@code page}) and {@code /resultaten/{uuid}}</li>
 * <li>{@code GET /resultaattypeomschrijvingen} (a list) and {@code /resultaattypeomschrijvingen/{uuid}}</li>
 * </ul>
 * Anything else is a 404 (or 405 for another method than GET and HEAD), as JSON. It listens on
 * every interface, as the services do.
 * <p>
 * The data ({@value #DATA}, made by {@code scripts/selectielijst-data.py} from VNG's fixtures) holds
 * the procestypen of both years VNG's fixtures name, 2017 and 2020 (with the same nummers and names),
 * and the resultaten as the fixtures link them: to the procestypen of 2017.
 * <p>
 * Usage: {@code SuiteSelectielijst <port> <public base URL, e.g. http://localhost:8010/api/v1>};
 * prints {@code Selectielijst ready} once it listens.
 */
public final class SuiteSelectielijst {

    static final String DATA = "selectielijst/selectielijst-2020.json";
    static final int PAGE_SIZE = 100;

    /** The labels of the procestermijn choices, as the API shows them in procestermijnWeergave. */
    private static final Map<String, String> PROCESTERMIJN_WEERGAVE = Map.of(
            "nihil", "Nihil",
            "bestaansduur_procesobject", "De bestaans- of geldigheidsduur van het procesobject.",
            "ingeschatte_bestaansduur_procesobject",
            "De ingeschatte maximale bestaans- of geldigheidsduur van het procesobject.",
            "vast_te_leggen_datum",
            "De tijdens het proces vast te leggen datum waarop de geldigheid van het procesobject komt te vervallen.",
            "samengevoegd_met_bewaartermijn", "De procestermijn is samengevoegd met de bewaartermijn.");

    private static final List<String> TAAKGEBIEDEN = List.of("algemeenBestuurEnInrichtingOrganisatie",
            "bedrijfsvoeringEnPersoneel", "publiekeInformatieEnRegistratie", "burgerzaken", "veiligheid",
            "verkeerEnVervoer", "economie", "onderwijs", "sportCultuurEnRecreatie", "sociaalDomein",
            "volksgezonheidEnMilieu", "vhrosv", "heffenBelastingen", "alleTaakgebieden");

    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String prefix;
    private final Map<String, ObjectNode> procestypen = new LinkedHashMap<>();
    private final Map<String, ObjectNode> resultaten = new LinkedHashMap<>();
    private final Map<String, ObjectNode> omschrijvingen = new LinkedHashMap<>();

    SuiteSelectielijst(String base, JsonNode data) {
        this.base = base.replaceAll("/+$", "");
        this.prefix = URI.create(this.base).getRawPath();
        for (JsonNode p : data.path("procestypen")) {
            ObjectNode out = json.createObjectNode();
            out.put("url", url("procestypen", p.path("uuid").asText()));
            for (String field : List.of("nummer", "jaar", "naam", "omschrijving", "toelichting", "procesobject")) {
                out.set(field, p.path(field));
            }
            procestypen.put(p.path("uuid").asText(), out);
        }
        Map<String, JsonNode> bron = new LinkedHashMap<>();
        data.path("resultaten").forEach(r -> bron.put(r.path("uuid").asText(), r));
        for (JsonNode r : bron.values()) {
            resultaten.put(r.path("uuid").asText(), resultaat(r, bron));
        }
        for (JsonNode o : data.path("resultaattypeomschrijvingen")) {
            ObjectNode out = json.createObjectNode();
            out.put("url", url("resultaattypeomschrijvingen", o.path("uuid").asText()));
            for (String field : List.of("omschrijving", "definitie", "opmerking")) {
                out.set(field, o.path(field));
            }
            omschrijvingen.put(o.path("uuid").asText(), out);
        }
    }

    /** A resultaat as the API shows it; {@code bron} holds all of them by uuid (for the generiek resultaat). */
    private ObjectNode resultaat(JsonNode r, Map<String, JsonNode> bron) {
        String procestype = r.path("procesType").asText();
        JsonNode generiek = r.hasNonNull("generiekResultaat") ? bron.get(r.path("generiekResultaat").asText()) : null;
        ObjectNode proces = procestypen.get(procestype);
        if (proces == null) {
            throw new IllegalStateException("a resultaat of an unknown procestype " + procestype + " in " + DATA);
        }
        StringBuilder volledig = new StringBuilder().append(proces.path("nummer").asInt());
        if (generiek != null) {
            volledig.append('.').append(generiek.path("nummer").asInt());
        }
        volledig.append('.').append(r.path("nummer").asInt());
        String procestermijn = r.path("procestermijn").asText("");
        ObjectNode out = json.createObjectNode();
        out.put("url", url("resultaten", r.path("uuid").asText()));
        out.put("procesType", url("procestypen", procestype));
        out.set("nummer", r.path("nummer"));
        out.put("volledigNummer", volledig.toString());
        out.put("generiek", generiek == null);
        out.put("specifiek", generiek != null);
        for (String field : List.of("naam", "omschrijving", "herkomst", "waardering", "procestermijn")) {
            out.set(field, r.path(field));
        }
        out.put("procestermijnWeergave", PROCESTERMIJN_WEERGAVE.getOrDefault(procestermijn, procestermijn));
        out.set("bewaartermijn", r.hasNonNull("bewaartermijn") ? r.get("bewaartermijn") : NullNode.getInstance());
        out.set("toelichting", r.path("toelichting"));
        List<String> taakgebieden = new ArrayList<>();
        r.path("taakgebieden").forEach(t -> taakgebieden.add(t.asText()));
        for (String taakgebied : TAAKGEBIEDEN) {
            out.put(taakgebied, taakgebieden.contains(taakgebied));
        }
        out.set("procestermijnOpmerking", r.path("procestermijnOpmerking"));
        return out;
    }

    private String url(String collection, String uuid) {
        return base + "/" + collection + "/" + uuid;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SuiteSelectielijst <port> <public base URL, e.g. http://localhost:8010/api/v1>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        SuiteSelectielijst api = new SuiteSelectielijst(args[1], load());
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/", api::handle);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            threads.shutdown();
        }, "suite-selectielijst-stop"));
        System.out.println("Selectielijst ready on port " + port + ", base " + api.base + " ("
                + api.procestypen.size() + " procestypen, " + api.resultaten.size() + " resultaten, "
                + api.omschrijvingen.size() + " resultaattypeomschrijvingen)");
    }

    static JsonNode load() {
        try (InputStream in = SuiteSelectielijst.class.getClassLoader().getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DATA);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable resource " + DATA, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            Answer answer;
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                answer = fout(405, "method_not_allowed", "Methode niet toegestaan.",
                        "Methode \"" + method + "\" niet toegestaan.");
            } else {
                try {
                    answer = answer(exchange);
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    answer = fout(500, "error", "Er is een serverfout opgetreden.", String.valueOf(e));
                }
            }
            byte[] body = json.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().set("Content-Type",
                    answer.status() < 400 ? "application/json" : "application/problem+json");
            exchange.getResponseHeaders().set("API-version", "1.0.0");
            if ("HEAD".equals(method)) {
                exchange.sendResponseHeaders(answer.status(), -1);
            } else {
                exchange.sendResponseHeaders(answer.status(), body.length);
                exchange.getResponseBody().write(body);
            }
        } finally {
            exchange.close();
        }
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer answer(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath().replaceAll("/+$", "");
        if (!path.startsWith(prefix + "/")) {
            return notFound();
        }
        String[] parts = path.substring(prefix.length() + 1).split("/", -1);
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        Map<String, ObjectNode> collection = switch (parts[0]) {
            case "procestypen" -> procestypen;
            case "resultaten" -> resultaten;
            case "resultaattypeomschrijvingen" -> omschrijvingen;
            default -> null;
        };
        if (collection == null || parts.length > 2) {
            return notFound();
        }
        if (parts.length == 2) {
            ObjectNode found = collection.get(parts[1].toLowerCase(Locale.ROOT));
            return found == null ? notFound() : new Answer(200, found);
        }
        return switch (parts[0]) {
            case "procestypen" -> procestypen(query);
            case "resultaten" -> resultaten(query);
            default -> new Answer(200, array(omschrijvingen.values()));
        };
    }

    private Answer procestypen(Map<String, String> query) {
        String jaar = query.get("jaar");
        if (jaar == null || jaar.isEmpty()) {
            return new Answer(200, array(procestypen.values()));
        }
        if (!jaar.matches("\\d{1,9}")) {
            return validatieFout("jaar", "invalid", "Voer een getal in.");
        }
        int gevraagd = Integer.parseInt(jaar);
        return new Answer(200, array(procestypen.values().stream()
                .filter(p -> p.path("jaar").asInt() == gevraagd).toList()));
    }

    private Answer resultaten(Map<String, String> query) {
        // the filter names a procestype by URL; as in the real API only its path counts, not the host
        String procestype = query.getOrDefault("procesType", query.get("proces_type"));
        String uuid = procestype == null || procestype.isEmpty() ? null
                : procestype.replaceAll("/+$", "").replaceAll(".*/procestypen/", "").toLowerCase(Locale.ROOT);
        List<ObjectNode> selectie = resultaten.values().stream()
                .filter(r -> uuid == null || r.path("procesType").asText().endsWith("/procestypen/" + uuid))
                .toList();
        String pageText = query.getOrDefault("page", "1");
        int page;
        try {
            page = Integer.parseInt(pageText);
        } catch (NumberFormatException e) {
            page = -1;
        }
        int pages = Math.max(1, (selectie.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pages) {
            return fout(404, "not_found", "Niet gevonden.", "Ongeldige pagina.");
        }
        ObjectNode out = json.createObjectNode();
        out.put("count", selectie.size());
        out.put("next", page < pages ? pageUrl(procestype, page + 1) : null);
        out.put("previous", page > 1 ? pageUrl(procestype, page - 1) : null);
        out.set("results", array(selectie.subList((page - 1) * PAGE_SIZE, Math.min(selectie.size(), page * PAGE_SIZE))));
        return new Answer(200, out);
    }

    private String pageUrl(String procestype, int page) {
        StringBuilder url = new StringBuilder(base).append("/resultaten?");
        if (procestype != null && !procestype.isEmpty()) {
            url.append("procesType=").append(URLEncoder.encode(procestype, StandardCharsets.UTF_8)).append('&');
        }
        return url.append("page=").append(page).toString();
    }

    private ArrayNode array(Iterable<? extends JsonNode> items) {
        ArrayNode array = json.createArrayNode();
        items.forEach(array::add);
        return array;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private Answer notFound() {
        return fout(404, "not_found", "Niet gevonden.", "Niet gevonden.");
    }

    private Answer fout(int status, String code, String title, String detail) {
        ObjectNode body = json.createObjectNode();
        body.put("code", code);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", "urn:uuid:" + UUID.randomUUID());
        return new Answer(status, body);
    }

    private Answer validatieFout(String name, String code, String reason) {
        ObjectNode body = (ObjectNode) fout(400, "invalid", "Ongeldige invoer.", "Ongeldige invoer.").body();
        ObjectNode param = body.putArray("invalidParams").addObject();
        param.put("name", name);
        param.put("code", code);
        param.put("reason", reason);
        return new Answer(400, body);
    }
}
