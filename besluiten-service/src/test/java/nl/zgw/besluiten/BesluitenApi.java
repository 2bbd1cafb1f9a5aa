package nl.zgw.besluiten;

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

/** Calls on this module's Besluiten API as one of the test clients, and the bodies the tests send. */
public final class BesluitenApi {

    public static final String BESLUITEN = "/besluiten/api/v1/besluiten";
    /** The Zaken API of the suite as this service knows it (the default base URL). */
    public static final String ZAKEN = "http://localhost:8001/zaken/api/v1/zaken/";

    private BesluitenApi() {
    }

    public static RequestSpecification as(String client) {
        return given().auth().oauth2(ZgwTokenSigner.sign(client, client + "-secret-0123456789", "", ""))
                .contentType("application/json");
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

    /** A besluit of besluittype {@code type}, of a new verantwoordelijke organisatie, taken in 2026. */
    public static Map<String, Object> besluit(String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("verantwoordelijkeOrganisatie", rsin());
        body.put("besluittype", CatalogiStub.besluittype(type));
        body.put("datum", "2026-03-01");
        body.put("ingangsdatum", "2026-03-02");
        return body;
    }

    /** A new zaak of the (stubbed) Zaken API whose zaaktype allows besluittype a. */
    public static String zaak() {
        return AndereApisStub.zaak("za");
    }

    public static String create(String client, Map<String, Object> body) {
        return as(client).body(body).post(BESLUITEN).then().statusCode(201).extract().path("url");
    }

    /** The path of one of this API's URLs, to call it on the test server. */
    public static String path(String url) {
        return url.substring(url.indexOf("/besluiten/api/"));
    }

    /** A besluit URL path that names no besluit. */
    public static String onbekend() {
        return BESLUITEN + "/" + UUID.randomUUID();
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

    /** How many audit trail entries are stored under the besluit at {@code url}. */
    public static long auditTrailRegels(DataSource dataSource, String url) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM audittrail WHERE hoofd_object = ?")) {
            ps.setObject(1, UUID.fromString(url.substring(url.lastIndexOf('/') + 1)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
