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

import static io.restassured.RestAssured.given;

/** Calls on this module's Zaken API as one of the test clients, and the bodies the tests send. */
public final class ZakenApi {

    public static final String ZAKEN = "/zaken/api/v1/zaken";

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

    public static Map<String, Object> zaak(String zaaktype, String bronorganisatie) {
        Map<String, Object> body = new HashMap<>();
        body.put("bronorganisatie", bronorganisatie);
        body.put("verantwoordelijkeOrganisatie", bronorganisatie);
        body.put("zaaktype", CatalogiStub.zaaktype(zaaktype));
        body.put("startdatum", "2026-03-01");
        return body;
    }

    public static String create(String client, Map<String, Object> body) {
        return as(client).body(body).post(ZAKEN).then().statusCode(201).extract().path("url");
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
}
