package nl.zgw.catalogi;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Builds catalogi content over HTTP for the tests; every object gets unique names. */
public final class CatalogiFixtures {

    public static final String API = "/catalogi/api/v1";

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

    public static Map<String, Object> catalogusBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("domein", unique("D").substring(0, 5));
        body.put("rsin", String.format("%09d", (long) (Math.random() * 999_999_999L)));
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
                .post(API + "/informatieobjecttypen").then().statusCode(200).extract().path("url");
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
}
