package nl.zgw.catalogi;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** Builds catalogi content over HTTP for the tests; every object gets unique names. */
public final class CatalogiFixtures {

    public static final String API = "/catalogi/api/v1";

    /** 36^5: every domein of at most 5 characters (the spec's maxLength) in base 36. */
    private static final long DOMEINEN = 60_466_176L;
    /** A random start per JVM, then one step per catalogus: no two catalogussen of a test run share one. */
    private static final AtomicLong DOMEIN = new AtomicLong(ThreadLocalRandom.current().nextLong(DOMEINEN));
    /** The first 8 digits of an RSIN, from a random start per JVM; the 9th is the elfproef's check digit. */
    private static final AtomicLong RSIN = new AtomicLong(10_000_000L + ThreadLocalRandom.current().nextLong(80_000_000L));

    private CatalogiFixtures() {
    }

    public static RequestSpecification as(String clientId) {
        return given().auth().oauth2(ZgwTokenSigner.sign(clientId, clientId + "-secret-0123456789", "", ""))
                .contentType("application/json");
    }

    public static RequestSpecification beheerder() {
        return as("beheerder");
    }

    /** The path of one of our URLs, to call it through RestAssured's base URI. */
    public static String path(String url) {
        return url.substring(url.indexOf("/catalogi/"));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A domein no other catalogus of this JVM has: 5 lowercase base-36 characters (tests look
     * catalogussen up by domein alone, and filter on made-up upper-case domeinen like XXXXX).
     */
    public static String uniqueDomein() {
        String digits = Long.toString(Math.floorMod(DOMEIN.getAndIncrement(), DOMEINEN), 36);
        return "0".repeat(5 - digits.length()) + digits;
    }

    /**
     * A valid RSIN (nine digits passing the elfproef, as {@code nl.zgw.shared.validation.Rsin}
     * checks) no other catalogus of this JVM has; never 000000000.
     */
    public static String uniqueRsin() {
        while (true) {
            String first = Long.toString(RSIN.getAndIncrement());
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first.charAt(i) - '0');
            }
            int check = sum % 11; // 9·d1 + ... + 2·d8 − d9 is a multiple of 11
            if (check < 10) {
                return first + check;
            }
        }
    }

    public static Map<String, Object> catalogusBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("domein", uniqueDomein());
        body.put("rsin", uniqueRsin());
        body.put("contactpersoonBeheerNaam", "Beheerder");
        body.put("naam", "Test catalogus");
        return body;
    }

    public static String catalogus() {
        return beheerder().body(catalogusBody()).post(API + "/catalogussen").then().statusCode(201).extract().path("url");
    }

    public static Map<String, Object> informatieobjecttypeBody(String catalogus, String omschrijving) {
        Map<String, Object> body = new HashMap<>();
        body.put("catalogus", catalogus);
        body.put("omschrijving", omschrijving);
        body.put("vertrouwelijkheidaanduiding", "openbaar");
        body.put("beginGeldigheid", "2024-01-01");
        body.put("informatieobjectcategorie", "Brief");
        return body;
    }

    public static String informatieobjecttype(String catalogus, String omschrijving) {
        return beheerder().body(informatieobjecttypeBody(catalogus, omschrijving))
                .post(API + "/informatieobjecttypen").then().statusCode(201).extract().path("url");
    }

    public static Map<String, Object> besluittypeBody(String catalogus, String omschrijving, List<String> iots) {
        Map<String, Object> body = new HashMap<>();
        body.put("catalogus", catalogus);
        body.put("omschrijving", omschrijving);
        body.put("publicatieIndicatie", false);
        body.put("informatieobjecttypen", iots);
        body.put("beginGeldigheid", "2024-01-01");
        return body;
    }

    public static String besluittype(String catalogus, String omschrijving, List<String> iots) {
        return beheerder().body(besluittypeBody(catalogus, omschrijving, iots)).post(API + "/besluittypen")
                .then().statusCode(201).extract().path("url");
    }

    public static Map<String, Object> zaaktypeBody(String catalogus, String identificatie) {
        Map<String, Object> body = new HashMap<>();
        body.put("identificatie", identificatie);
        body.put("omschrijving", "Melding openbare ruimte");
        body.put("vertrouwelijkheidaanduiding", "openbaar");
        body.put("doel", "Meldingen afhandelen");
        body.put("aanleiding", "Een melding");
        body.put("indicatieInternOfExtern", "extern");
        body.put("handelingInitiator", "Melden");
        body.put("onderwerp", "Openbare ruimte");
        body.put("handelingBehandelaar", "Behandelen");
        body.put("doorlooptijd", "P30D");
        body.put("opschortingEnAanhoudingMogelijk", false);
        body.put("verlengingMogelijk", false);
        body.put("publicatieIndicatie", false);
        body.put("productenOfDiensten", List.of());
        body.put("selectielijstProcestype", SelectielijstServer.url(SelectielijstServer.PROCESTYPE_1));
        body.put("referentieproces", Map.of("naam", "Melding"));
        body.put("verantwoordelijke", "Stadsbeheer");
        body.put("catalogus", catalogus);
        body.put("besluittypen", new ArrayList<>());
        body.put("deelzaaktypen", new ArrayList<>());
        body.put("gerelateerdeZaaktypen", new ArrayList<>());
        body.put("beginGeldigheid", "2024-01-01");
        body.put("versiedatum", "2024-01-01");
        return body;
    }

    public static String zaaktype(String catalogus, String identificatie) {
        return beheerder().body(zaaktypeBody(catalogus, identificatie)).post(API + "/zaaktypen")
                .then().statusCode(201).extract().path("url");
    }

    public static String statustype(String zaaktype, int volgnummer) {
        return beheerder().body(Map.of("zaaktype", zaaktype, "omschrijving", "Status " + volgnummer,
                "volgnummer", volgnummer)).post(API + "/statustypen").then().statusCode(201).extract().path("url");
    }

    public static String roltype(String zaaktype) {
        return beheerder().body(Map.of("zaaktype", zaaktype, "omschrijving", "Behandelaar",
                "omschrijvingGeneriek", "behandelaar")).post(API + "/roltypen").then().statusCode(201).extract().path("url");
    }

    public static Map<String, Object> resultaattypeBody(String zaaktype, String omschrijving, String selectielijstklasse) {
        Map<String, Object> body = new HashMap<>();
        body.put("zaaktype", zaaktype);
        body.put("omschrijving", omschrijving);
        body.put("resultaattypeomschrijving", SelectielijstServer.url(SelectielijstServer.TOEGEKEND));
        body.put("selectielijstklasse", SelectielijstServer.url(selectielijstklasse));
        body.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "afgehandeld"));
        return body;
    }

    public static String resultaattype(String zaaktype) {
        return beheerder().body(resultaattypeBody(zaaktype, "Toegekend", SelectielijstServer.RESULTAAT_1_VERNIETIGEN))
                .post(API + "/resultaattypen").then().statusCode(201).extract().path("url");
    }

    /** A zaaktype with what publishing needs: two statustypen, a roltype and a resultaattype. */
    public static String completeZaaktype(String catalogus, String identificatie) {
        String zaaktype = zaaktype(catalogus, identificatie);
        statustype(zaaktype, 1);
        statustype(zaaktype, 2);
        roltype(zaaktype);
        resultaattype(zaaktype);
        return zaaktype;
    }

    public static ValidatableResponse publish(String url) {
        return beheerder().post(path(url) + "/publish").then();
    }

    /**
     * A valid create body for a type {@code collection} ({@code statustypen}, ...) in
     * {@code catalogus}; a type of a zaaktype gets a new concept zaaktype.
     */
    public static Map<String, Object> typeBody(String collection, String catalogus) {
        return switch (collection) {
            case "zaaktypen" -> zaaktypeBody(catalogus, unique("ZT"));
            case "informatieobjecttypen" -> informatieobjecttypeBody(catalogus, unique("Brief"));
            case "besluittypen" -> besluittypeBody(catalogus, unique("Besluit"), List.of());
            default -> typeOfZaaktypeBody(collection, catalogus, zaaktype(catalogus, unique("ZT")));
        };
    }

    /** Creates a (concept) type of {@code collection} from {@code body}; its URL. */
    public static String type(String collection, Map<String, Object> body) {
        return beheerder().body(body).post(API + "/" + collection).then().statusCode(201).extract().path("url");
    }

    private static Map<String, Object> typeOfZaaktypeBody(String collection, String catalogus, String zaaktype) {
        Map<String, Object> body = new HashMap<>();
        switch (collection) {
            case "statustypen" -> {
                body.put("omschrijving", "Intake");
                body.put("volgnummer", 1);
            }
            case "resultaattypen" -> body.putAll(resultaattypeBody(zaaktype, "Toegekend",
                    SelectielijstServer.RESULTAAT_1_VERNIETIGEN));
            case "roltypen" -> {
                body.put("omschrijving", "Behandelaar");
                body.put("omschrijvingGeneriek", "behandelaar");
            }
            case "eigenschappen" -> {
                body.put("naam", "kleur");
                body.put("definitie", "De kleur");
                body.put("specificatie", Map.of("formaat", "tekst", "lengte", "20", "kardinaliteit", "1"));
            }
            case "zaakobjecttypen" -> {
                body.put("anderObjecttype", false);
                body.put("objecttype", "https://objecttypen.example/api/v2/objecttypes/1");
                body.put("relatieOmschrijving", "Pand");
                body.put("catalogus", catalogus);
                body.put("beginGeldigheid", "2024-01-01");
            }
            case "zaaktype-informatieobjecttypen" -> {
                String naam = unique("Brief");
                informatieobjecttype(catalogus, naam);
                body.put("informatieobjecttype", naam);
                body.put("volgnummer", 1);
                body.put("richting", "inkomend");
            }
            default -> throw new IllegalArgumentException("not a type collection: " + collection);
        }
        body.put("zaaktype", zaaktype);
        return body;
    }
}
