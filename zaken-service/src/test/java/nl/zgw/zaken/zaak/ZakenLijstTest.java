package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.aanvrager;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.deelzaak;
import static nl.zgw.zaken.ZakenApi.gesloten;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.status;
import static nl.zgw.zaken.ZakenApi.zaakobject;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Zaken opvragen als lijst: what the client may see, the filters and the ordering. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZakenLijstTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void clientsSeeOnlyTheZakenTheyMay() {
        String bron = rsin();
        String openbaar = create("alles", zaak("a", bron));
        create("alles", zaak("a", bron, "geheim"));
        create("alles", zaak("b", bron));
        as("beperkt").get(ZAKEN + "?bronorganisatie=" + bron).then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(openbaar));
        as("behandelaar").get(ZAKEN + "?bronorganisatie=" + bron).then().body("count", equalTo(1));
        as("alles").get(ZAKEN + "?bronorganisatie=" + bron).then().body("count", equalTo(3));
        as("alles").get(ZAKEN + "?bronorganisatie=" + bron + "&maximaleVertrouwelijkheidaanduiding=openbaar").then()
                .body("count", equalTo(1));
        assertFout(as("nobody").get(ZAKEN).then(), 403, "permission_denied");
        assertFout(given().header("Accept-Crs", "EPSG:4326").get(ZAKEN).then(), 401, "not_authenticated");
    }

    @Test
    void filtersAndOrdering() {
        String bron = rsin();
        Map<String, Object> vroeg = zaak("a", bron);
        vroeg.put("startdatum", "2026-01-10");
        String vroegUrl = create("alles", vroeg);
        String laatUrl = create("alles", zaak("a", bron));
        as("alles").get(ZAKEN + "?bronorganisatie=" + bron + "&startdatum__gt=2026-02-01").then()
                .body("count", equalTo(1)).body("results[0].url", equalTo(laatUrl));
        as("alles").get(ZAKEN + "?bronorganisatie=" + bron + "&ordering=-startdatum").then()
                .body("results.url", contains(laatUrl, vroegUrl));
        as("alles").get(ZAKEN + "?bronorganisatie__in=000000000," + bron + "&einddatum__isnull=true").then()
                .body("count", equalTo(2));
        as("alles").get(ZAKEN + "?zaaktype=" + CatalogiStub.zaaktype("b") + "&bronorganisatie=" + bron).then()
                .body("count", equalTo(0));
        assertValidatieFout(as("alles").get(ZAKEN + "?startdatum__gt=gisteren").then(), "startdatum__gt", "invalid");
        assertValidatieFout(as("alles").get(ZAKEN + "?ordering=kleur").then(), "ordering", "invalid_choice");
        assertValidatieFout(as("alles").get(ZAKEN + "?einddatum__isnull=misschien").then(), "einddatum__isnull", "invalid");
        assertValidatieFout(as("alles").get(ZAKEN + "?kleur=rood").then(), "nonFieldErrors", "unknown-parameters");
    }

    /**
     * A list writes each zaak straight from its stored JSON (ZaakWeergave); the detail goes through
     * the Zaak record. Both must answer the same fields, in the same order, with the same values.
     */
    @Test
    void aListShowsEachZaakExactlyAsItsDetail() throws Exception {
        String bron = rsin();
        Map<String, Object> vol = zaak("a", bron, "geheim");
        vol.put("omschrijving", "Alles \"ingevuld\" \u00e9n\nmeer");
        vol.put("toelichting", "");
        vol.put("einddatumGepland", "2026-06-01");
        vol.put("uiterlijkeEinddatumAfdoening", "2026-07-01");
        vol.put("publicatiedatum", "2026-03-02");
        vol.put("productenOfDiensten", List.of("https://producten.example/p1"));
        vol.put("betalingsindicatie", "gedeeltelijk");
        vol.put("laatsteBetaaldatum", "2026-03-01T10:15:30+01:00");
        vol.put("zaakgeometrie", Map.of("type", "Point", "coordinates", List.of(5.12, 52.09)));
        vol.put("verlenging", Map.of("reden", "Drukte", "duur", "P5D"));
        vol.put("opschorting", Map.of("indicatie", true, "reden", "Wachten"));
        vol.put("kenmerken", List.of(Map.of("kenmerk", "K-1", "bron", "Balie")));
        vol.put("opdrachtgevendeOrganisatie", bron);
        vol.put("processobjectaard", "pand");
        vol.put("processobject", Map.of("datumkenmerk", "d", "identificatie", "i", "objecttype", "o", "registratie", "r"));
        String hoofdzaak = create("alles", vol);
        String deelzaak = create("alles", deelzaak("a", bron, hoofdzaak));
        as("alles").body(Map.of("relevanteAndereZaken", List.of(Map.of("url", deelzaak, "aardRelatie", "vervolg"))))
                .patch(path(hoofdzaak)).then().statusCode(200);
        status("alles", hoofdzaak, "s1", "2026-03-02T09:00:00Z");
        aanvrager(hoofdzaak);
        zaakobject(hoofdzaak);
        gesloten(bron, "2026-03-05T12:00:00Z");
        // stored before fields were added (or written past the API): what is absent is answered as the record does
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO zaak (uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
                    + "vertrouwelijkheid_rank, startdatum, registratiedatum, archiefstatus, data) VALUES (gen_random_uuid(), "
                    + "'OUD-1', '" + bron + "', '" + CatalogiStub.zaaktype("a") + "', 'openbaar', 0, DATE '2020-01-01', "
                    + "DATE '2020-01-01', 'nog_te_archiveren', '{\"omschrijving\": \"Van vroeger\", \"verlenging\": null, "
                    + "\"onbekend\": {\"x\": [1, 2.50, \"\\u00e9\"]}, \"toelichting\": \"a\\\"b\"}')");
        }

        JsonNode list = json(as("alles").get(ZAKEN + "?bronorganisatie=" + bron).then().statusCode(200)
                .extract().asString());
        assertThat(list.get("count").asInt()).isEqualTo(4);
        for (JsonNode listed : list.get("results")) {
            JsonNode detail = json(as("alles").get(path(listed.get("url").asText())).then().statusCode(200).extract().asString());
            assertThat(listed).isEqualTo(detail);
            assertThat(names(listed)).isEqualTo(names(detail));
        }
        JsonNode eerste = list.get("results").get(0);
        assertThat(eerste.get("url").asText()).isEqualTo(hoofdzaak);
        assertThat(eerste.get("deelzaken")).hasSize(1);
        assertThat(eerste.get("rollen")).hasSize(1);
        assertThat(eerste.get("status").isTextual()).isTrue();
        assertThat(eerste.get("betalingsindicatieWeergave").asText()).startsWith("De met de zaak gemoeide kosten zijn gedeeltelijk");
        // the same through POST /zaken/_zoek
        JsonNode gezocht = json(as("alles").body(Map.of("bronorganisatie", bron)).post(ZAKEN + "/_zoek").then()
                .statusCode(200).extract().asString());
        assertThat(gezocht.get("results")).isEqualTo(list.get("results"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void aMaximaleVertrouwelijkheidaanduidingIsOneOfTheStandard() {
        assertValidatieFout(as("alles").get(ZAKEN + "?maximaleVertrouwelijkheidaanduiding=topgeheim").then(),
                "maximaleVertrouwelijkheidaanduiding", "invalid_choice");
    }
}
