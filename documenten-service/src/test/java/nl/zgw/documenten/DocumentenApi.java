package nl.zgw.documenten;

import io.restassured.specification.RequestSpecification;
import nl.zgw.shared.auth.ZgwTokenSigner;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/** Calls on this module's Documenten API as one of the test clients, and the bodies the tests send. */
public final class DocumentenApi {

    public static final String DOCUMENTEN = "/documenten/api/v1/enkelvoudiginformatieobjecten";
    /** Where the tests' content is stored (test application.properties). */
    public static final Path OPSLAG = Path.of("target/documenten-inhoud");

    private DocumentenApi() {
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

    /** A document of informatieobjecttype {@code type} without content. */
    public static Map<String, Object> document(String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("bronorganisatie", rsin());
        body.put("creatiedatum", "2026-03-01");
        body.put("titel", "Besluit op aanvraag");
        body.put("auteur", "Gemeente");
        body.put("taal", "nld");
        body.put("informatieobjecttype", CatalogiStub.informatieobjecttype(type));
        return body;
    }

    /** A document of type {@code type} with {@code inhoud} as its content (base64 in the body). */
    public static Map<String, Object> document(String type, byte[] inhoud) {
        Map<String, Object> body = document(type);
        body.put("inhoud", Base64.getEncoder().encodeToString(inhoud));
        body.put("bestandsnaam", "besluit.txt");
        body.put("formaat", "text/plain");
        return body;
    }

    public static String create(String client, Map<String, Object> body) {
        return as(client).body(body).post(DOCUMENTEN).then().statusCode(201).extract().path("url");
    }

    /** The path of one of this API's URLs, to call it on the test server. */
    public static String path(String url) {
        return url.substring(url.indexOf("/documenten/api/"));
    }

    public static String lock(String client, String url) {
        return as(client).post(path(url) + "/lock").then().statusCode(200).extract().path("lock");
    }

    /** The files in the content storage now. */
    public static long opgeslagenBestanden() throws IOException {
        if (!Files.exists(OPSLAG)) {
            return 0;
        }
        try (Stream<Path> paden = Files.walk(OPSLAG)) {
            return paden.filter(Files::isRegularFile).filter(p -> !p.getParent().getFileName().toString().equals("tmp"))
                    .count();
        }
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
}
