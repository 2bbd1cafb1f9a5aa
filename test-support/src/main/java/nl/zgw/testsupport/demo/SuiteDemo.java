package nl.zgw.testsupport.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * {@code scripts/suite.sh demo}: fills a running suite with a small, realistic catalogus and a few
 * cases, all through the APIs, so that there is something to look at. Each run makes a catalogus of
 * its own (domein {@code DEMO}, {@code DEMO1}, ...): informatieobjecttypen, a besluittype and two
 * published zaaktypen whose resultaattypen refer to the Selectielijst the Catalogi API checks
 * against; then five zaken with rollen, statussen, eigenschappen and documents, a besluit with its
 * document, and one zaak closed with a resultaat, so that its archive dates are derived. Every call
 * must answer as expected; the first that does not stops the demo with the answer's body.
 * <p>
 * Configuration, from the environment: {@code ZGW_BASE_URLS_ZAKEN}, {@code _CATALOGI},
 * {@code _DOCUMENTEN}, {@code _BESLUITEN} (defaults: the ports of {@code scripts/suite.sh} on
 * localhost), {@code SUITE_REFERENTIELIJSTEN_URL} (the Selectielijst the Catalogi API is configured
 * with; default {@code http://localhost:8010/api/v1}), {@code SUITE_CLIENT_ID} (default
 * {@code suite-admin}) and {@code SUITE_CLIENT_SECRET} (required): a client with every right, whose
 * ZGW JWT (HS256) the demo signs itself.
 */
public final class SuiteDemo {

    private static final String RSIN = "123456782";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final String ACTIVITEIT = "Activiteit";
    private static final String CATEGORIE = "Categorie";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String zaken;
    private final String catalogi;
    private final String documenten;
    private final String besluiten;
    private final String selectielijst;
    private final String token;
    private final LocalDate vandaag = LocalDate.now(NEDERLAND);
    private final List<String> verslag = new ArrayList<>();
    private String catalogus;
    private int zaakNummer;
    private int zaakDocumenten;
    private int besluitDocumenten;

    SuiteDemo(Map<String, String> env) {
        zaken = base(env, "ZGW_BASE_URLS_ZAKEN", "http://localhost:8001/zaken/api/v1");
        catalogi = base(env, "ZGW_BASE_URLS_CATALOGI", "http://localhost:8002/catalogi/api/v1");
        documenten = base(env, "ZGW_BASE_URLS_DOCUMENTEN", "http://localhost:8003/documenten/api/v1");
        besluiten = base(env, "ZGW_BASE_URLS_BESLUITEN", "http://localhost:8004/besluiten/api/v1");
        selectielijst = base(env, "SUITE_REFERENTIELIJSTEN_URL", "http://localhost:8010/api/v1");
        String clientId = env.getOrDefault("SUITE_CLIENT_ID", "suite-admin");
        String secret = env.get("SUITE_CLIENT_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new DemoFout("SUITE_CLIENT_SECRET is not set (the secret of " + clientId + ", in .suite/credentials)");
        }
        token = sign(clientId, secret);
    }

    private static String base(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return (value == null || value.isBlank() ? fallback : value).replaceAll("/+$", "");
    }

    public static void main(String[] args) {
        try {
            new SuiteDemo(System.getenv()).run();
        } catch (DemoFout e) {
            System.err.println();
            System.err.println("The demo stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    /** A step that did not go as expected; its message says which and what the API answered. */
    static final class DemoFout extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DemoFout(String message) {
            super(message);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // What the demo makes

    /** The types a zaaktype got, by omschrijving or naam. */
    private record Zaaktype(String url, String omschrijving, Map<String, String> statustypen,
                            Map<String, String> roltypen, Map<String, String> resultaattypen,
                            Map<String, String> eigenschappen) {
    }

    void run() {
        System.out.println("Filling the suite with demo data (Catalogi API " + catalogi + ", Selectielijst "
                + selectielijst + ") ...");
        List<JsonNode> omschrijvingen = list(selectielijst + "/resultaattypeomschrijvingen");
        if (omschrijvingen.isEmpty()) {
            throw new DemoFout("the Selectielijst at " + selectielijst + " has no resultaattypeomschrijvingen");
        }

        // --- Catalogi API: catalogus, informatieobjecttypen, besluittype -----------------------------
        voortgang("Catalogi API: a catalogus, informatieobjecttypen and a besluittype");
        String domein = vrijDomein();
        LocalDate begin = vandaag.minusYears(1).withDayOfYear(1);
        catalogus = post(catalogi + "/catalogussen", map(
                "domein", domein, "rsin", RSIN, "naam", "Demo: gemeente Voorbeeld",
                "contactpersoonBeheerNaam", "Team Zaakgericht Werken",
                "contactpersoonBeheerEmailadres", "zaakgericht@voorbeeld.example",
                "versie", "1", "begindatumVersie", begin.toString())).path("url").asText();
        verslag.add("catalogus " + domein + " (rsin " + RSIN + ")  " + catalogus);

        Map<String, String> iot = new LinkedHashMap<>();
        for (String[] t : new String[][] {
                {"Aanvraag", "Aanvraag", "zaakvertrouwelijk"},
                {"Bouwtekening", "Tekening", "zaakvertrouwelijk"},
                {"Besluit", "Besluit", "openbaar"},
                {"Foto", "Foto", "openbaar"}}) {
            String url = post(catalogi + "/informatieobjecttypen", map("catalogus", catalogus, "omschrijving", t[0],
                    "informatieobjectcategorie", t[1], "vertrouwelijkheidaanduiding", t[2],
                    "beginGeldigheid", begin.toString(), "trefwoord", List.of())).path("url").asText();
            publish(url);
            iot.put(t[0], url);
        }
        verslag.add("informatieobjecttypen " + String.join(", ", iot.keySet()) + " (published)");

        String besluittype = post(catalogi + "/besluittypen", map("catalogus", catalogus,
                "omschrijving", "Omgevingsvergunning verleend", "besluitcategorie", "Vergunning",
                "reactietermijn", "P6W", "publicatieIndicatie", true,
                "publicatietekst", "Verleende omgevingsvergunning", "publicatietermijn", "P6W",
                "toelichting", "Het besluit waarmee een omgevingsvergunning wordt verleend.",
                "informatieobjecttypen", List.of("Besluit"), "beginGeldigheid", begin.toString())).path("url").asText();
        publish(besluittype);
        verslag.add("besluittype Omgevingsvergunning verleend (published)  " + besluittype);

        // --- Catalogi API: two zaaktypen --------------------------------------------------------------
        voortgang("Catalogi API: zaaktypen Aanvraag omgevingsvergunning and Melding openbare ruimte");
        Zaaktype vergunning = zaaktype(begin, omschrijvingen, map(
                        "identificatie", "AANVRAAG-OMGEVINGSVERGUNNING",
                        "omschrijving", "Aanvraag omgevingsvergunning",
                        "vertrouwelijkheidaanduiding", "zaakvertrouwelijk",
                        "doel", "Beslissen op een aanvraag om een omgevingsvergunning.",
                        "aanleiding", "Een inwoner of bedrijf vraagt een omgevingsvergunning aan.",
                        "handelingInitiator", "Aanvragen", "onderwerp", "Omgevingsvergunning",
                        "handelingBehandelaar", "Behandelen", "doorlooptijd", "P8W", "servicenorm", "P6W",
                        "opschortingEnAanhoudingMogelijk", true, "verlengingMogelijk", true, "verlengingstermijn", "P6W",
                        "trefwoorden", List.of("omgevingsvergunning", "bouwen", "kappen"),
                        "referentieproces", map("naam", "Omgevingsvergunning, reguliere procedure"),
                        "verantwoordelijke", "Team Vergunningen",
                        "besluittypen", List.of("Omgevingsvergunning verleend")),
                11,
                List.of("Ontvangen", "In behandeling", "Afgehandeld"),
                List.of(List.of("Aanvrager", "initiator"), List.of("Behandelaar", "behandelaar")),
                // omschrijving, volledigNummer of the selectielijstklasse, resultaattypeomschrijving
                List.of(List.of("Verleend", "11.1.6", "Toegekend"), List.of("Geweigerd", "11.2", "Afgewezen"),
                        List.of("Ingetrokken", "11.3", "Ingetrokken")),
                List.of(map("naam", ACTIVITEIT, "definitie", "De activiteit waarvoor vergunning wordt gevraagd.",
                                "specificatie", map("formaat", "tekst", "lengte", "20", "kardinaliteit", "1",
                                        "waardenverzameling", List.of("bouwen", "slopen", "kappen", "uitrit aanleggen"))),
                        map("naam", "Bouwkosten", "definitie", "De geraamde bouwkosten in euro's.",
                                "specificatie", map("formaat", "getal", "lengte", "9,2", "kardinaliteit", "1",
                                        "waardenverzameling", List.of()))),
                List.of(List.of("Aanvraag", "inkomend"), List.of("Bouwtekening", "inkomend"),
                        List.of("Foto", "inkomend"), List.of("Besluit", "uitgaand")));
        Zaaktype melding = zaaktype(begin, omschrijvingen, map(
                        "identificatie", "MELDING-OPENBARE-RUIMTE",
                        "omschrijving", "Melding openbare ruimte",
                        "vertrouwelijkheidaanduiding", "openbaar",
                        "doel", "Een gebrek in de openbare ruimte verhelpen.",
                        "aanleiding", "Een inwoner meldt een gebrek of overlast in de openbare ruimte.",
                        "handelingInitiator", "Melden", "onderwerp", "Openbare ruimte",
                        "handelingBehandelaar", "Afhandelen", "doorlooptijd", "P5D",
                        "opschortingEnAanhoudingMogelijk", false, "verlengingMogelijk", false,
                        "trefwoorden", List.of("melding", "openbare ruimte"),
                        "referentieproces", map("naam", "Melding openbare ruimte"),
                        "verantwoordelijke", "Team Buitenruimte",
                        "besluittypen", List.of()),
                15,
                List.of("Gemeld", "In behandeling", "Afgehandeld"),
                List.of(List.of("Melder", "initiator"), List.of("Behandelaar", "behandelaar")),
                List.of(List.of("Opgelost", "15.1", "Toegekend"), List.of("Niet opgelost", "15.2", "Afgewezen"),
                        List.of("Ingetrokken", "15.3", "Ingetrokken")),
                List.of(map("naam", CATEGORIE, "definitie", "Waar de melding over gaat.",
                                "specificatie", map("formaat", "tekst", "lengte", "30", "kardinaliteit", "1",
                                        "waardenverzameling", List.of("Straatverlichting", "Afval",
                                                "Wegdek en trottoir", "Groen"))),
                        map("naam", "Datum waarneming", "definitie", "De dag waarop de melder het gebrek zag.",
                                "specificatie", map("formaat", "datum", "lengte", "8", "kardinaliteit", "1",
                                        "waardenverzameling", List.of()))),
                List.of(List.of("Foto", "inkomend")));

        // --- Zaken, Documenten and Besluiten APIs ------------------------------------------------------
        voortgang("Zaken, Documenten and Besluiten APIs: five zaken, their documents and a besluit");
        verslag.add("");
        String dakkapel = zaak(vergunning, "Dakkapel plaatsen, Dorpsstraat 12",
                "Plaatsen van een dakkapel aan de voorzijde van de woning.", 20, null);
        rol(dakkapel, vergunning, "Aanvrager", "natuurlijk_persoon", persoon("999993653", "Vries", "de", "J.", "Jan"));
        rol(dakkapel, vergunning, "Behandelaar", "medewerker", medewerker());
        status(dakkapel, vergunning, "Ontvangen", 20, "De aanvraag is ontvangen.");
        status(dakkapel, vergunning, "In behandeling", 17, "De aanvraag is compleet en in behandeling genomen.");
        eigenschap(dakkapel, vergunning, ACTIVITEIT, "bouwen");
        eigenschap(dakkapel, vergunning, "Bouwkosten", "18500.00");
        document(dakkapel, iot.get("Aanvraag"), "Aanvraagformulier omgevingsvergunning", "aanvraag.txt", "text/plain",
                tekst("Aanvraag omgevingsvergunning\n\nAanvrager: J. de Vries\nAdres: Dorpsstraat 12\n"
                        + "Activiteit: bouwen (dakkapel aan de voorzijde)\nGeraamde bouwkosten: EUR 18.500\n"), 20);
        document(dakkapel, iot.get("Bouwtekening"), "Bouwtekening dakkapel", "bouwtekening.png", "image/png",
                png(160, 120, SuiteDemo::bouwtekening), 20);
        String besluitDocument = document(null, iot.get("Besluit"), "Besluit omgevingsvergunning dakkapel",
                "besluit.txt", "text/plain", tekst("Besluit\n\nBurgemeester en wethouders verlenen de omgevingsvergunning "
                        + "voor het plaatsen van een dakkapel aan de Dorpsstraat 12.\n"), 2);
        String besluit = post(besluiten + "/besluiten", map("verantwoordelijkeOrganisatie", RSIN,
                "besluittype", besluittype, "zaak", dakkapel, "datum", dag(2), "ingangsdatum", dag(1),
                "bestuursorgaan", "College van burgemeester en wethouders",
                "toelichting", "Vergunning verleend voor het plaatsen van een dakkapel.",
                "uiterlijkeReactiedatum", vandaag.minusDays(2).plusWeeks(6).toString())).path("url").asText();
        post(besluiten + "/besluitinformatieobjecten", map("besluit", besluit, "informatieobject", besluitDocument));
        besluitDocumenten++;
        verslag.add("  besluit Omgevingsvergunning verleend on it, with its document  " + besluit);

        String kap = zaak(vergunning, "Kappen eik achtertuin, Kerkweg 3",
                "Kappen van een zieke eik in de achtertuin.", 6, null);
        rol(kap, vergunning, "Aanvrager", "natuurlijk_persoon", persoon("999990627", "Bakker", "", "A.", "Anna"));
        status(kap, vergunning, "Ontvangen", 6, "De aanvraag is ontvangen.");
        eigenschap(kap, vergunning, ACTIVITEIT, "kappen");
        document(kap, iot.get("Aanvraag"), "Aanvraagformulier kapvergunning", "aanvraag.txt", "text/plain",
                tekst("Aanvraag omgevingsvergunning\n\nAanvrager: A. Bakker\nAdres: Kerkweg 3\n"
                        + "Activiteit: kappen van een eik (stamdiameter 60 cm)\n"), 6);
        document(kap, iot.get("Foto"), "Foto van de eik", "eik.png", "image/png", png(160, 120, SuiteDemo::boom), 6);

        String lantaarn = zaak(melding, "Lantaarnpaal defect, Stationsstraat 40",
                "De lantaarnpaal voor Stationsstraat 40 brandt niet.", 14, punt(5.3872, 52.1561));
        rol(lantaarn, melding, "Melder", "natuurlijk_persoon", persoon("999991723", "Smit", "", "P.", "Pieter"));
        rol(lantaarn, melding, "Behandelaar", "medewerker", medewerker());
        status(lantaarn, melding, "Gemeld", 14, "De melding is ontvangen.");
        status(lantaarn, melding, "In behandeling", 13, "Een monteur is ingepland.");
        eigenschap(lantaarn, melding, CATEGORIE, "Straatverlichting");
        document(lantaarn, iot.get("Foto"), "Foto van de lantaarnpaal", "lantaarnpaal.png", "image/png",
                png(160, 120, SuiteDemo::lantaarnpaal), 14);
        post(zaken + "/resultaten", map("zaak", lantaarn, "resultaattype", melding.resultaattypen().get("Opgelost"),
                "toelichting", "De lamp is vervangen."));
        status(lantaarn, melding, "Afgehandeld", 10, "De lantaarnpaal is gerepareerd.");
        JsonNode gesloten = get(lantaarn);
        verslag.add("  closed with resultaat Opgelost: einddatum " + gesloten.path("einddatum").asText()
                + ", archiefnominatie " + gesloten.path("archiefnominatie").asText()
                + ", archiefactiedatum " + gesloten.path("archiefactiedatum").asText() + " (derived)");

        String afval = zaak(melding, "Zwerfafval bij speeltuin Parklaan",
                "Veel zwerfafval rond de speeltuin aan de Parklaan.", 3, punt(5.3901, 52.1549));
        rol(afval, melding, "Melder", "natuurlijk_persoon", persoon("999992570", "Jong", "de", "S.", "Sanne"));
        status(afval, melding, "Gemeld", 3, "De melding is ontvangen.");
        eigenschap(afval, melding, CATEGORIE, "Afval");
        document(afval, iot.get("Foto"), "Foto van het zwerfafval", "zwerfafval.png", "image/png",
                png(160, 120, SuiteDemo::zwerfafval), 3);

        String stoep = zaak(melding, "Losliggende stoeptegels Marktplein",
                "Stoeptegels liggen los bij de ingang van de bibliotheek.", 8, punt(5.3850, 52.1580));
        rol(stoep, melding, "Melder", "natuurlijk_persoon", persoon("999995078", "Visser", "", "M.", "Mohamed"));
        rol(stoep, melding, "Behandelaar", "medewerker", medewerker());
        status(stoep, melding, "Gemeld", 8, "De melding is ontvangen.");
        status(stoep, melding, "In behandeling", 7, "De melding is doorgezet naar de aannemer.");
        eigenschap(stoep, melding, CATEGORIE, "Wegdek en trottoir");
        eigenschap(stoep, melding, "Datum waarneming", vandaag.minusDays(9).format(DateTimeFormatter.BASIC_ISO_DATE));

        String foto = get(zaken + "/zaakinformatieobjecten?zaak=" + enc(lantaarn)).path(0).path("informatieobject").asText();
        samenvatting(melding, dakkapel, lantaarn, besluit, foto);
    }

    private static void voortgang(String stap) {
        System.out.println("- " + stap);
    }

    /** The first of DEMO, DEMO1 ... DEMOZ that no catalogus with our rsin has yet (domein is 5 long at most). */
    private String vrijDomein() {
        Set<String> bezet = new HashSet<>();
        for (JsonNode c : list(catalogi + "/catalogussen?rsin=" + RSIN)) {
            bezet.add(c.path("domein").asText());
        }
        String suffixes = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        if (!bezet.contains("DEMO")) {
            return "DEMO";
        }
        for (char c : suffixes.toCharArray()) {
            if (!bezet.contains("DEMO" + c)) {
                return "DEMO" + c;
            }
        }
        throw new DemoFout("every domein DEMO ... DEMOZ is taken for rsin " + RSIN + "; start from an empty database");
    }

    /**
     * A zaaktype of the catalogus with its statustypen (volgnummer 1, 2, 3 in the order given), roltypen
     * ({@code [omschrijving, omschrijvingGeneriek]}), resultaattypen ({@code [omschrijving,
     * volledigNummer of the selectielijstklasse, resultaattypeomschrijving]}), eigenschappen and
     * zaaktype-informatieobjecttypen ({@code [informatieobjecttype, richting]}); published.
     */
    private Zaaktype zaaktype(LocalDate begin, List<JsonNode> omschrijvingen, Map<String, Object> velden,
                              int procestypeNummer, List<String> statustypen, List<List<String>> roltypen,
                              List<List<String>> resultaattypen, List<Map<String, Object>> eigenschappen,
                              List<List<String>> informatieobjecttypen) {
        Procestype procestype = procestype(procestypeNummer);
        Map<String, Object> body = new LinkedHashMap<>(velden);
        body.put("catalogus", catalogus);
        body.put("indicatieInternOfExtern", "extern");
        body.put("publicatieIndicatie", false);
        body.put("productenOfDiensten", List.of());
        body.put("selectielijstProcestype", procestype.url());
        body.put("deelzaaktypen", List.of());
        body.put("gerelateerdeZaaktypen", List.of());
        body.put("beginGeldigheid", begin.toString());
        body.put("versiedatum", begin.toString());
        String url = post(catalogi + "/zaaktypen", body).path("url").asText();

        Map<String, String> st = new LinkedHashMap<>();
        for (int i = 0; i < statustypen.size(); i++) {
            st.put(statustypen.get(i), post(catalogi + "/statustypen", map("zaaktype", url,
                    "omschrijving", statustypen.get(i), "volgnummer", i + 1, "informeren", i == 0 || i == statustypen.size() - 1,
                    "statustekst", "Uw " + velden.get("omschrijving").toString().toLowerCase(Locale.ROOT) + " is "
                            + statustypen.get(i).toLowerCase(Locale.ROOT) + ".")).path("url").asText());
        }
        Map<String, String> rt = new LinkedHashMap<>();
        for (List<String> r : roltypen) {
            rt.put(r.get(0), post(catalogi + "/roltypen", map("zaaktype", url, "omschrijving", r.get(0),
                    "omschrijvingGeneriek", r.get(1))).path("url").asText());
        }
        Map<String, String> res = new LinkedHashMap<>();
        for (List<String> r : resultaattypen) {
            JsonNode klasse = procestype.resultaat(r.get(1));
            String procestermijn = klasse.path("procestermijn").asText("");
            if (!procestermijn.isEmpty() && !"nihil".equals(procestermijn)) {
                throw new DemoFout("selectielijstklasse " + klasse.path("url").asText() + " has procestermijn "
                        + procestermijn + "; the demo's resultaattypen derive the brondatum from the einddatum "
                        + "(afgehandeld), which needs procestermijn nihil");
            }
            Map<String, Object> rb = map("zaaktype", url, "omschrijving", r.get(0),
                    "resultaattypeomschrijving", omschrijving(omschrijvingen, r.get(2)),
                    "selectielijstklasse", klasse.path("url").asText(),
                    "toelichting", "Selectielijstklasse " + klasse.path("volledigNummer").asText() + ": "
                            + klasse.path("naam").asText() + omschrijvingVan(klasse),
                    "archiefnominatie", klasse.path("waardering").asText(""),
                    "brondatumArchiefprocedure", map("afleidingswijze", "afgehandeld"));
            if (klasse.hasNonNull("bewaartermijn") && !klasse.path("bewaartermijn").asText().isEmpty()) {
                rb.put("archiefactietermijn", klasse.path("bewaartermijn").asText());
            }
            res.put(r.get(0), post(catalogi + "/resultaattypen", rb).path("url").asText());
        }
        Map<String, String> eig = new LinkedHashMap<>();
        for (Map<String, Object> e : eigenschappen) {
            Map<String, Object> eb = new LinkedHashMap<>(e);
            eb.put("zaaktype", url);
            eig.put(e.get("naam").toString(), post(catalogi + "/eigenschappen", eb).path("url").asText());
        }
        for (int i = 0; i < informatieobjecttypen.size(); i++) {
            post(catalogi + "/zaaktype-informatieobjecttypen", map("zaaktype", url,
                    "informatieobjecttype", informatieobjecttypen.get(i).get(0), "volgnummer", i + 1,
                    "richting", informatieobjecttypen.get(i).get(1)));
        }
        publish(url);
        String omschrijving = velden.get("omschrijving").toString();
        verslag.add("zaaktype " + omschrijving + " (published; selectielijst procestype "
                + procestype.node().path("nummer").asText() + " " + procestype.node().path("naam").asText().trim()
                + ", " + procestype.node().path("jaar").asText() + ")  " + url);
        verslag.add("  statustypen " + String.join(", ", st.keySet()) + "; roltypen " + String.join(", ", rt.keySet())
                + "; resultaattypen " + String.join(", ", res.keySet()) + "; eigenschappen "
                + String.join(", ", eig.keySet()));
        return new Zaaktype(url, omschrijving, st, rt, res, eig);
    }

    private static String omschrijvingVan(JsonNode klasse) {
        String omschrijving = klasse.path("omschrijving").asText("");
        return omschrijving.isEmpty() ? "" : " (" + omschrijving + ")";
    }

    /** A procestype of the Selectielijst with its resultaten. */
    private record Procestype(JsonNode node, List<JsonNode> resultaten) {
        String url() {
            return node.path("url").asText();
        }

        /** The resultaat with this volledigNummer (e.g. 11.1.6). */
        JsonNode resultaat(String volledigNummer) {
            return resultaten.stream().filter(r -> volledigNummer.equals(r.path("volledigNummer").asText()))
                    .findFirst().orElseThrow(() -> new DemoFout("the Selectielijst has no resultaat " + volledigNummer
                            + " of procestype " + url()));
        }
    }

    /**
     * The procestype with this nummer that has resultaten, the most recent jaar first (the
     * Selectielijst holds the procestypen of several years; resultaten may belong to one of them).
     */
    private Procestype procestype(int nummer) {
        List<JsonNode> kandidaten = new ArrayList<>(list(selectielijst + "/procestypen").stream()
                .filter(p -> p.path("nummer").asInt() == nummer).toList());
        kandidaten.sort(Comparator.comparingInt((JsonNode p) -> p.path("jaar").asInt()).reversed());
        for (JsonNode p : kandidaten) {
            List<JsonNode> resultaten = list(selectielijst + "/resultaten?procesType=" + enc(p.path("url").asText()));
            if (!resultaten.isEmpty()) {
                return new Procestype(p, resultaten);
            }
        }
        throw new DemoFout("the Selectielijst at " + selectielijst + " has no procestype " + nummer + " with resultaten");
    }

    /** The URL of the resultaattypeomschrijving with this omschrijving (or else the first there is). */
    private static String omschrijving(List<JsonNode> omschrijvingen, String omschrijving) {
        return omschrijvingen.stream()
                .filter(o -> omschrijving.equalsIgnoreCase(o.path("omschrijving").asText()))
                .findFirst().orElse(omschrijvingen.get(0)).path("url").asText();
    }

    /** A zaak of the zaaktype that started {@code dagenGeleden} days ago. */
    private String zaak(Zaaktype zaaktype, String omschrijving, String toelichting, int dagenGeleden,
                       Map<String, Object> geometrie) {
        LocalDate start = vandaag.minusDays(dagenGeleden);
        Map<String, Object> body = map("bronorganisatie", RSIN, "verantwoordelijkeOrganisatie", RSIN,
                "zaaktype", zaaktype.url(), "omschrijving", omschrijving, "toelichting", toelichting,
                "startdatum", start.toString(), "registratiedatum", start.toString());
        if (geometrie != null) {
            body.put("zaakgeometrie", geometrie);
        }
        JsonNode zaak = post(zaken + "/zaken", body);
        zaakNummer++;
        verslag.add("zaak " + zaak.path("identificatie").asText() + " (" + zaaktype.omschrijving() + ") " + omschrijving
                + "  " + zaak.path("url").asText());
        return zaak.path("url").asText();
    }

    private void rol(String zaak, Zaaktype zaaktype, String roltype, String betrokkeneType,
                     Map<String, Object> identificatie) {
        post(zaken + "/rollen", map("zaak", zaak, "roltype", zaaktype.roltypen().get(roltype),
                "betrokkeneType", betrokkeneType, "roltoelichting", roltype,
                "betrokkeneIdentificatie", identificatie));
    }

    private void status(String zaak, Zaaktype zaaktype, String statustype, int dagenGeleden, String toelichting) {
        String gezet = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(vandaag.minusDays(dagenGeleden)
                .atTime(9, 30 + zaakNummer).atZone(NEDERLAND).toOffsetDateTime());
        post(zaken + "/statussen", map("zaak", zaak, "statustype", zaaktype.statustypen().get(statustype),
                "datumStatusGezet", gezet, "statustoelichting", toelichting));
    }

    private void eigenschap(String zaak, Zaaktype zaaktype, String naam, String waarde) {
        post(zaak + "/zaakeigenschappen", map("zaak", zaak, "eigenschap", zaaktype.eigenschappen().get(naam),
                "waarde", waarde));
    }

    /**
     * An enkelvoudiginformatieobject made {@code dagenGeleden} days ago, linked to {@code zaak}
     * (unless null) through a zaakinformatieobject. Its indicatieGebruiksrecht is false, so that
     * the zaak can be closed.
     */
    private String document(String zaak, String informatieobjecttype, String titel, String bestandsnaam,
                            String formaat, byte[] inhoud, int dagenGeleden) {
        String url = post(documenten + "/enkelvoudiginformatieobjecten", map("bronorganisatie", RSIN,
                "creatiedatum", dag(dagenGeleden), "titel", titel, "auteur", "Gemeente Voorbeeld", "taal", "nld",
                "status", "definitief", "informatieobjecttype", informatieobjecttype,
                "inhoud", Base64.getEncoder().encodeToString(inhoud), "bestandsnaam", bestandsnaam,
                "formaat", formaat, "indicatieGebruiksrecht", false)).path("url").asText();
        if (zaak != null) {
            post(zaken + "/zaakinformatieobjecten", map("zaak", zaak, "informatieobject", url, "titel", titel));
            zaakDocumenten++;
        }
        return url;
    }

    private static Map<String, Object> persoon(String bsn, String geslachtsnaam, String voorvoegsel, String voorletters,
                                               String voornamen) {
        return map("inpBsn", bsn, "geslachtsnaam", geslachtsnaam, "voorvoegselGeslachtsnaam", voorvoegsel,
                "voorletters", voorletters, "voornamen", voornamen);
    }

    private static Map<String, Object> medewerker() {
        return map("identificatie", "m.jansen", "achternaam", "Jansen", "voorletters", "M.");
    }

    private static Map<String, Object> punt(double lengtegraad, double breedtegraad) {
        return map("type", "Point", "coordinates", List.of(lengtegraad, breedtegraad));
    }

    private String dag(int dagenGeleden) {
        return vandaag.minusDays(dagenGeleden).toString();
    }

    private static byte[] tekst(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    private void samenvatting(Zaaktype melding, String dakkapel, String lantaarn, String besluit, String foto) {
        System.out.println();
        System.out.println("Demo data made:");
        verslag.forEach(r -> System.out.println(r.isEmpty() ? "" : "  " + r));
        System.out.println("  documents: " + zaakDocumenten + " on the zaken, " + besluitDocumenten
                + " laid down by the besluit");
        System.out.println();
        System.out.println("To look at it:");
        System.out.println("  TOKEN=$(scripts/suite.sh token)    # valid for an hour");
        String auth = "curl -s -H \"Authorization: Bearer $TOKEN\"";
        String crs = " -H \"Accept-Crs: EPSG:4326\"";
        System.out.println("  # a zaak with its zaaktype, status and documents");
        System.out.println("  " + auth + crs + " \"" + dakkapel
                + "?expand=zaaktype,status.statustype,zaakinformatieobjecten.informatieobject\"");
        System.out.println("  # the meldingen");
        System.out.println("  " + auth + crs + " \"" + zaken + "/zaken?zaaktype=" + enc(melding.url()) + "\"");
        System.out.println("  # the closed zaak: resultaat, einddatum and the derived archiefactiedatum");
        System.out.println("  " + auth + crs + " \"" + lantaarn + "?expand=resultaat.resultaattype,rollen\"");
        System.out.println("  # the besluit with its besluittype and zaak, and a photo's content");
        System.out.println("  " + auth + " \"" + besluit + "?expand=besluittype,zaak\"");
        System.out.println("  " + auth + " -o lantaarnpaal.png \"" + foto + "/download\"");
        System.out.println("  # the zaaktypen of the catalogus, with their statustypen");
        System.out.println("  " + auth + " \"" + catalogi + "/zaaktypen?catalogus=" + enc(catalogus)
                + "&expand=statustypen\"");
    }

    // ---------------------------------------------------------------------------------------------
    // HTTP

    private void publish(String url) {
        send("POST", url + "/publish", null, 200);
    }

    private JsonNode post(String url, Object body) {
        return send("POST", url, body, 201, 200);
    }

    private JsonNode get(String url) {
        return send("GET", url, null, 200);
    }

    /** Every item of a list: a plain array, or the {@code results} of every page ({@code next}). */
    private List<JsonNode> list(String url) {
        List<JsonNode> items = new ArrayList<>();
        String next = url;
        for (int pages = 0; next != null && !next.isEmpty() && pages < 100; pages++) {
            JsonNode page = get(next);
            if (page.isArray()) {
                page.forEach(items::add);
                break;
            }
            page.path("results").forEach(items::add);
            next = page.path("next").isTextual() ? page.path("next").asText() : null;
        }
        return items;
    }

    private JsonNode send(String method, String url, Object body, int... expected) {
        String requestBody = null;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (List.of(zaken, catalogi, documenten, besluiten).stream().anyMatch(api -> url.startsWith(api + "/"))) {
            request.header("Authorization", "Bearer " + token); // never to the Selectielijst, which may be outside
        }
        if (url.startsWith(zaken + "/")) {
            request.header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326");
        }
        if (body != null) {
            try {
                requestBody = json.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new DemoFout("cannot write the body for " + url + ": " + e.getMessage());
            }
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(requestBody));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DemoFout(method + " " + url + " failed: " + e + ". Is the suite running (scripts/suite.sh status)?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFout(method + " " + url + " was interrupted");
        }
        boolean ok = false;
        for (int status : expected) {
            ok |= response.statusCode() == status;
        }
        if (!ok) {
            throw new DemoFout(method + " " + url + " answered " + response.statusCode() + " (expected "
                    + Arrays.toString(expected) + "):\n" + response.body()
                    + (requestBody == null ? "" : "\nThe request body was:\n" + requestBody));
        }
        try {
            return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new DemoFout(method + " " + url + " answered no JSON:\n" + response.body());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An ordered map of name, value pairs (values may be null, unlike Map.of). */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    /** A ZGW JWT (HS256) with the claims the APIs read: iss, iat, client_id, user_id, user_representation. */
    String sign(String clientId, String secret) {
        return nl.zgw.testsupport.http.ZgwJwt.sign(clientId, secret, "demo", "Suite demo");
    }

    // ---------------------------------------------------------------------------------------------
    // Pictures for the photos and the drawing: small PNGs, written without AWT

    /** A PNG of {@code width} x {@code height} whose pixel (x, y) has colour {@code rgb(x, y)} (0xRRGGBB). */
    static byte[] png(int width, int height, IntBinaryOperator rgb) {
        byte[] raw = new byte[height * (1 + 3 * width)];
        int i = 0;
        for (int y = 0; y < height; y++) {
            raw[i++] = 0; // filter: none
            for (int x = 0; x < width; x++) {
                int c = rgb.applyAsInt(x, y);
                raw[i++] = (byte) (c >> 16);
                raw[i++] = (byte) (c >> 8);
                raw[i++] = (byte) c;
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()); // 8-bit RGB
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static int lucht(int y) {
        int t = Math.min(255, 150 + y);
        return (t / 2) << 16 | (t * 3 / 4) << 8 | 235;
    }

    private static int lantaarnpaal(int x, int y) {
        if (x >= 76 && x <= 80 && y >= 22 && y < 100) {
            return 0x3a3f44; // the pole
        }
        if (x >= 70 && x <= 86 && y >= 14 && y < 22) {
            return 0x555a60; // the unlit lamp
        }
        return y >= 100 ? 0x8a8a8a : lucht(y); // pavement, evening sky
    }

    private static int boom(int x, int y) {
        int dx = x - 80;
        int dy = y - 45;
        if (dx * dx + dy * dy < 35 * 35) {
            return ((x * 7 + y * 13) % 5 == 0) ? 0x2f6b2a : 0x3d8a37; // the crown
        }
        if (x >= 74 && x <= 86 && y >= 70 && y < 100) {
            return 0x6b4a2b; // the trunk
        }
        return y >= 100 ? 0x5fa052 : lucht(y); // lawn, sky
    }

    private static int zwerfafval(int x, int y) {
        if (y < 70) {
            return lucht(y);
        }
        int h = (x * 31 + y * 17) % 97;
        if (h < 6) {
            return 0xd83a2f; // cans
        }
        if (h < 10) {
            return 0xf2f2f2; // paper
        }
        return 0x6fae5c; // grass
    }

    private static int bouwtekening(int x, int y) {
        boolean lijn = (x == 20 || x == 140) && y >= 50 && y <= 110 // walls
                || y == 110 && x >= 10 && x <= 150 // ground level
                || y == 50 + Math.abs(x - 80) * 30 / 60 - 30 && x >= 20 && x <= 140 // roof
                || (x == 65 || x == 95) && y >= 38 && y <= 52 || y == 38 && x >= 65 && x <= 95; // dakkapel
        if (lijn) {
            return 0x1d3f8f;
        }
        return x % 10 == 0 || y % 10 == 0 ? 0xe4ebf7 : 0xffffff; // grid paper
    }
}
