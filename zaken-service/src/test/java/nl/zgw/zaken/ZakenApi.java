package nl.zgw.zaken;

import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Calls on this module's Zaken API as one of the test clients, the bodies the tests send and the
 * objects they build over HTTP (a zaak, a status, a rol, ...), each new and unique per call.
 */
public final class ZakenApi {

    public static final String API = "/zaken/api/v1";
    public static final String ZAKEN = API + "/zaken";
    public static final String ZAAKNUMMER_RESERVEREN = API + "/zaaknummer_reserveren";
    public static final String STATUSSEN = API + "/statussen";
    public static final String RESULTATEN = API + "/resultaten";
    public static final String ROLLEN = API + "/rollen";
    public static final String ZAAKOBJECTEN = API + "/zaakobjecten";
    public static final String KLANTCONTACTEN = API + "/klantcontacten";
    public static final String ZAAKCONTACTMOMENTEN = API + "/zaakcontactmomenten";
    public static final String ZAAKVERZOEKEN = API + "/zaakverzoeken";
    public static final String ZAAKNOTITIES = API + "/zaaknotities";
    public static final String ZAAKINFORMATIEOBJECTEN = API + "/zaakinformatieobjecten";

    /** The contactmoment and the verzoek (of APIs outside the suite, never fetched) the relations name. */
    public static final String CONTACTMOMENT = "https://contactmomenten.example/api/v1/contactmomenten/1";
    public static final String VERZOEK = "https://verzoeken.example/api/v1/verzoeken/1";

    private ZakenApi() {
    }

    public static RequestSpecification as(String client) {
        return given().auth().oauth2(ZgwTokenSigner.sign(client, client + "-secret-0123456789", "", ""))
                .contentType("application/json").header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326");
    }

    /** A random RSIN that passes the eleven test. */
    public static String rsin() {
        while (true) {
            String candidate = String.format("%09d", (long) (Math.random() * 999_999_999L));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (candidate.charAt(i) - '0');
            }
            if ((sum - (candidate.charAt(8) - '0')) % 11 == 0) {
                return candidate;
            }
        }
    }

    /** A random BSN-shaped number (nine digits). */
    public static String bsn() {
        return String.format("%09d", (long) (Math.random() * 999_999_999L));
    }

    public static Map<String, Object> zaak(String zaaktype, String bronorganisatie) {
        Map<String, Object> body = new HashMap<>();
        body.put("bronorganisatie", bronorganisatie);
        body.put("verantwoordelijkeOrganisatie", bronorganisatie);
        body.put("zaaktype", CatalogiStub.zaaktype(zaaktype));
        body.put("startdatum", "2026-03-01");
        return body;
    }

    /** As {@link #zaak(String, String)}, at {@code vertrouwelijkheidaanduiding}. */
    public static Map<String, Object> zaak(String zaaktype, String bronorganisatie, String vertrouwelijkheidaanduiding) {
        Map<String, Object> body = zaak(zaaktype, bronorganisatie);
        body.put("vertrouwelijkheidaanduiding", vertrouwelijkheidaanduiding);
        return body;
    }

    /** A deelzaak of {@code hoofdzaak}. */
    public static Map<String, Object> deelzaak(String zaaktype, String bronorganisatie, String hoofdzaak) {
        Map<String, Object> body = zaak(zaaktype, bronorganisatie);
        body.put("hoofdzaak", hoofdzaak);
        return body;
    }

    public static String create(String client, Map<String, Object> body) {
        return as(client).body(body).post(ZAKEN).then().statusCode(201).extract().path("url");
    }

    /** A status of {@code zaak} (statustype {@code s1}, {@code s2} or {@code sb} of the stub), set by {@code client}. */
    public static String status(String client, String zaak, String statustype, String datum) {
        return as(client).body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", statustype),
                "datumStatusGezet", datum)).post(STATUSSEN).then().statusCode(201).extract().path("url");
    }

    public static String resultaat(String zaak, String resultaattype) {
        return as("alles").body(Map.of("zaak", zaak, "resultaattype", CatalogiStub.url("resultaattypen", resultaattype)))
                .post(RESULTATEN).then().statusCode(201).extract().path("url");
    }

    /** A zaak of zaaktype a of {@code bron}, closed (resultaat afgehandeld, eindstatus) at {@code datum}. */
    public static String gesloten(String bron, String datum) {
        String zaak = create("alles", zaak("a", bron));
        resultaat(zaak, "r-afgehandeld");
        status("alles", zaak, "s2", datum);
        return zaak;
    }

    /** A rol (roltype initiator) of {@code zaak}, a natuurlijk persoon with {@code identificatie} if not null. */
    public static Map<String, Object> rol(String zaak, Map<String, Object> identificatie) {
        Map<String, Object> body = new HashMap<>();
        body.put("zaak", zaak);
        body.put("betrokkeneType", "natuurlijk_persoon");
        body.put("roltype", CatalogiStub.url("roltypen", "initiator"));
        body.put("roltoelichting", "aanvrager");
        if (identificatie != null) {
            body.put("betrokkeneIdentificatie", identificatie);
        }
        return body;
    }

    /** The betrokkeneIdentificatie of a natuurlijk persoon with {@code bsn}, with a verblijfsadres. */
    public static Map<String, Object> natuurlijkPersoon(String bsn) {
        return Map.of("inpBsn", bsn, "geslachtsnaam", "Jansen",
                "verblijfsadres", Map.of("aoaIdentificatie", "1", "wplWoonplaatsNaam", "Utrecht",
                        "gorOpenbareRuimteNaam", "Straat", "aoaHuisnummer", 12));
    }

    /** A new rol of {@code zaak}: the initiator, a betrokkene by URL only. */
    public static String aanvrager(String zaak) {
        Map<String, Object> body = rol(zaak, null);
        body.put("betrokkene", "https://personen.example/api/v1/ingeschrevenpersonen/1");
        return as("alles").body(body).post(ROLLEN).then().statusCode(201).extract().path("url");
    }

    /** A zaakobject of {@code zaak}: the pand at {@code object}. */
    public static Map<String, Object> pand(String zaak, String object) {
        Map<String, Object> body = new HashMap<>();
        body.put("zaak", zaak);
        body.put("object", object);
        body.put("objectType", "pand");
        return body;
    }

    /** A new zaakobject of {@code zaak}: a pand of its own. */
    public static String zaakobject(String zaak) {
        return as("alles").body(pand(zaak, "https://bag.example/panden/" + UUID.randomUUID())).post(ZAAKOBJECTEN)
                .then().statusCode(201).extract().path("url");
    }

    /** A zaakeigenschap of {@code zaak}: eigenschap vervaldatum (of zaaktype a) with {@code waarde}. */
    public static Map<String, Object> eigenschap(String zaak, String waarde) {
        Map<String, Object> body = new HashMap<>();
        body.put("zaak", zaak);
        body.put("eigenschap", CatalogiStub.url("eigenschappen", "vervaldatum"));
        body.put("waarde", waarde);
        return body;
    }

    /** A new zaakeigenschap of {@code zaak} (of zaaktype a). */
    public static String zaakeigenschap(String zaak, String waarde) {
        return as("alles").body(eigenschap(zaak, waarde)).post(path(zaak) + "/zaakeigenschappen").then()
                .statusCode(201).extract().path("url");
    }

    public static String klantcontact(String zaak) {
        return as("alles").body(Map.of("zaak", zaak, "datumtijd", "2026-03-02T10:00:00Z", "kanaal", "telefoon",
                "onderwerp", "vraag")).post(KLANTCONTACTEN).then().statusCode(201).extract().path("url");
    }

    /** A new relation of {@code zaak} with {@link #CONTACTMOMENT}. */
    public static String zaakcontactmoment(String zaak) {
        return as("alles").body(Map.of("zaak", zaak, "contactmoment", CONTACTMOMENT)).post(ZAAKCONTACTMOMENTEN).then()
                .statusCode(201).extract().path("url");
    }

    /** A new relation of {@code zaak} with {@link #VERZOEK}. */
    public static String zaakverzoek(String zaak) {
        return as("alles").body(Map.of("zaak", zaak, "verzoek", VERZOEK)).post(ZAAKVERZOEKEN).then()
                .statusCode(201).extract().path("url");
    }

    /** A zaaknotitie (intern) about {@code zaak}. */
    public static Map<String, Object> notitie(String zaak, String onderwerp) {
        Map<String, Object> body = new HashMap<>();
        body.put("gerelateerdAan", zaak);
        body.put("onderwerp", onderwerp);
        body.put("tekst", "Klant wil teruggebeld worden");
        body.put("notitieType", "intern");
        return body;
    }

    /** A new zaaknotitie about {@code zaak}. */
    public static String zaaknotitie(String zaak, String onderwerp) {
        return as("alles").body(notitie(zaak, onderwerp)).post(ZAAKNOTITIES).then().statusCode(201)
                .extract().path("url");
    }

    /** A zaakinformatieobject of {@code zaak} and {@code document} (of the Documenten stub); its URL. */
    public static String zaakinformatieobject(String zaak, String document) {
        return as("alles").body(Map.of("zaak", zaak, "informatieobject", document, "titel", "Brief"))
                .post(ZAAKINFORMATIEOBJECTEN).then().statusCode(201).extract().path("url");
    }

    /** The messages written to the outbox about {@code hoofdObject}, oldest first. */
    public static List<String> outbox(DataSource dataSource, String hoofdObject) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT message FROM notificatie_outbox WHERE hoofd_object = ? ORDER BY id")) {
            ps.setString(1, hoofdObject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The path of one of this API's URLs, to call it on the test server. */
    public static String path(String url) {
        return url.substring(url.indexOf("/zaken/api/"));
    }

    /** The uuid of one of this API's URLs (its last segment). */
    public static String uuid(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The path of an object of {@code collection} (a path, e.g. {@link #STATUSSEN}) that does not exist. */
    public static String onbekend(String collection) {
        return collection + "/" + UUID.randomUUID();
    }
}
