package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.outbox;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakTest {

    @Inject
    DataSource dataSource;

    @Test
    void aZaakGetsTheNextZaaknummerAndTheZaaktypesVertrouwelijkheid() {
        String bron = rsin();
        String eerste = as("behandelaar").body(zaak("a", bron)).post(ZAKEN).then().statusCode(201)
                .header("Location", startsWith("http://localhost:8001/zaken/api/v1/zaken/"))
                .body("identificatie", equalTo("ZAAK-2026-0000000001"))
                .body("vertrouwelijkheidaanduiding", equalTo("openbaar"))
                .body("registratiedatum", equalTo(java.time.LocalDate.now().toString()))
                .body("archiefstatus", equalTo("nog_te_archiveren"))
                .body("rollen", org.hamcrest.Matchers.empty())
                .extract().path("url");
        as("behandelaar").delete(path(eerste)).then().statusCode(204);
        // a number handed out is never handed out again, also not after its zaak is gone
        as("behandelaar").body(zaak("a", bron)).post(ZAKEN).then().statusCode(201)
                .body("identificatie", equalTo("ZAAK-2026-0000000002"));
        as("alles").body(zaak("b", bron)).post(ZAKEN).then().statusCode(201)
                .body("vertrouwelijkheidaanduiding", equalTo("vertrouwelijk"))
                .body("identificatie", matchesPattern("ZAAK-2026-\\d{10}"));
    }

    @Test
    void reservedZaaknummersAreUsedOnceAndNeverHandedOutAgain() {
        String bron = rsin();
        List<String> nummers = as("behandelaar").body(Map.of("bronorganisatie", bron, "aantal", 2))
                .post("/zaken/api/v1/zaaknummer_reserveren").then().statusCode(201)
                .extract().jsonPath().getList("zaaknummer");
        assertThat(nummers).containsExactly("ZAAK-" + java.time.LocalDate.now().getYear() + "-0000000001",
                "ZAAK-" + java.time.LocalDate.now().getYear() + "-0000000002");
        // a generated number skips the reserved ones
        Map<String, Object> vandaag = zaak("a", bron);
        vandaag.put("startdatum", java.time.LocalDate.now().toString());
        as("behandelaar").body(vandaag).post(ZAKEN).then().statusCode(201)
                .body("identificatie", equalTo("ZAAK-" + java.time.LocalDate.now().getYear() + "-0000000003"));
        Map<String, Object> body = zaak("a", bron);
        body.put("identificatie", nummers.get(0));
        String url = create("behandelaar", body);
        assertValidatieFout(as("behandelaar").body(body).post(ZAKEN).then(), "identificatie", "identificatie-niet-uniek");
        as("behandelaar").delete(path(url)).then().statusCode(204);
        // used once: not again after its zaak is gone
        assertValidatieFout(as("behandelaar").body(body).post(ZAKEN).then(), "identificatie", "identificatie-niet-uniek");
        assertValidatieFout(as("behandelaar").body(Map.of("bronorganisatie", "123456789"))
                .post("/zaken/api/v1/zaaknummer_reserveren").then(), "bronorganisatie", "invalid");
        assertFout(as("beperkt").body(Map.of("bronorganisatie", bron)).post("/zaken/api/v1/zaaknummer_reserveren")
                .then(), 403, "permission_denied");
    }

    @Test
    void generatedNumbersContinueAfterNumbersGivenByHand() {
        String bron = rsin();
        for (int n = 1; n <= 2; n++) {
            Map<String, Object> body = zaak("a", bron);
            body.put("identificatie", String.format("ZAAK-2026-%010d", n));
            create("alles", body);
        }
        as("alles").body(zaak("a", bron)).post(ZAKEN).then().statusCode(201)
                .body("identificatie", equalTo("ZAAK-2026-0000000003"));
    }

    @Test
    void anIdentificatieIsUniquePerBronorganisatie() {
        String bron = rsin();
        Map<String, Object> body = zaak("a", bron);
        body.put("identificatie", "EIGEN-" + UUID.randomUUID().toString().substring(0, 8));
        create("behandelaar", body);
        assertValidatieFout(as("behandelaar").body(body).post(ZAKEN).then(), "identificatie", "identificatie-niet-uniek");
        body.put("bronorganisatie", rsin());
        body.put("verantwoordelijkeOrganisatie", body.get("bronorganisatie"));
        create("behandelaar", body);
    }

    @Test
    void theZaaktypeIsAPublishedZaaktype() {
        assertValidatieFout(as("alles").body(zaak("concept", rsin())).post(ZAKEN).then(), "zaaktype", "not-published");
        assertValidatieFout(as("alles").body(zaak("bestaat-niet", rsin())).post(ZAKEN).then(), "zaaktype", "bad-url");
        assertValidatieFout(as("alles").body(zaak("geen-zaaktype", rsin())).post(ZAKEN).then(), "zaaktype",
                "invalid-resource");
        Map<String, Object> elders = zaak("a", rsin());
        elders.put("zaaktype", "https://elders.example/catalogi/api/v1/zaaktypen/a");
        assertValidatieFout(as("alles").body(elders).post(ZAKEN).then(), "zaaktype", "bad-url");
        Map<String, Object> kapot = zaak("a", rsin());
        kapot.put("zaaktype", "geen url");
        assertValidatieFout(as("alles").body(kapot).post(ZAKEN).then(), "zaaktype", "invalid");
        Map<String, Object> bron = zaak("a", rsin());
        bron.put("bronorganisatie", "123456789"); // nine digits, but not an RSIN (eleven test)
        assertValidatieFout(as("alles").body(bron).post(ZAKEN).then(), "bronorganisatie", "invalid");
        Map<String, Object> product = zaak("a", rsin());
        product.put("productenOfDiensten", List.of("https://producten.example/1"));
        assertValidatieFout(as("alles").body(product).post(ZAKEN).then(), "productenOfDiensten",
                "invalid-products-services");
        Map<String, Object> betaald = zaak("a", rsin());
        betaald.put("laatsteBetaaldatum", "2999-01-01T00:00:00Z");
        assertValidatieFout(as("alles").body(betaald).post(ZAKEN).then(), "laatsteBetaaldatum", "future_not_allowed");
        String url = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("zaaktype", CatalogiStub.zaaktype("b"))).patch(path(url)).then(),
                "zaaktype", "wijzigen-niet-toegelaten");
        assertValidatieFout(as("alles").body(Map.of("identificatie", "ANDERS")).patch(path(url)).then(),
                "identificatie", "wijzigen-niet-toegelaten");
    }

    @Test
    void clientsSeeOnlyTheZakenTheyMay() {
        String bron = rsin();
        String openbaar = create("alles", zaak("a", bron));
        Map<String, Object> geheim = zaak("a", bron);
        geheim.put("vertrouwelijkheidaanduiding", "geheim");
        String geheimUrl = create("alles", geheim);
        String anderType = create("alles", zaak("b", bron));
        as("beperkt").get(ZAKEN + "?bronorganisatie=" + bron).then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(openbaar));
        as("behandelaar").get(ZAKEN + "?bronorganisatie=" + bron).then().body("count", equalTo(1));
        as("alles").get(ZAKEN + "?bronorganisatie=" + bron).then().body("count", equalTo(3));
        as("alles").get(ZAKEN + "?bronorganisatie=" + bron + "&maximaleVertrouwelijkheidaanduiding=openbaar").then()
                .body("count", equalTo(1));
        as("beperkt").get(path(openbaar)).then().statusCode(200);
        assertFout(as("beperkt").get(path(geheimUrl)).then(), 403, "permission_denied");
        assertFout(as("beperkt").get(path(anderType)).then(), 403, "permission_denied");
        assertFout(as("beperkt").body(zaak("a", bron)).post(ZAKEN).then(), 403, "permission_denied");
        assertFout(as("behandelaar").body(zaak("b", bron)).post(ZAKEN).then(), 403, "permission_denied");
        assertFout(as("nobody").get(ZAKEN).then(), 403, "permission_denied");
        // a client cannot make a zaak more confidential than it may handle itself
        String eigen = create("behandelaar", zaak("a", bron));
        assertFout(as("behandelaar").body(Map.of("vertrouwelijkheidaanduiding", "geheim")).patch(path(eigen)).then(),
                403, "permission_denied");
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

    @Test
    void zaakgeometrieIsWgs84() {
        Map<String, Object> body = zaak("a", rsin());
        body.put("zaakgeometrie", Map.of("type", "Point", "coordinates", List.of(5.1, 52.1)));
        String url = as("alles").body(body).post(ZAKEN).then().statusCode(201).header("Content-Crs", "EPSG:4326")
                .body("zaakgeometrie.type", equalTo("Point")).extract().path("url");
        assertFout(given().auth().oauth2(ZgwTokenSigner.sign("alles", "alles-secret-0123456789", "", ""))
                .get(path(url)).then(), 412, "precondition_failed");
        assertFout(as("alles").header("Accept-Crs", "EPSG:28992").get(path(url)).then(), 406, "not_acceptable");
    }

    @Test
    void zoekenTakesTheFiltersInABody() {
        String bron = rsin();
        String a = create("alles", zaak("a", bron));
        String b = create("alles", zaak("b", bron));
        as("alles").body(Map.of("bronorganisatie", bron, "zaaktype__in", List.of(CatalogiStub.zaaktype("b"))))
                .post(ZAKEN + "/_zoek").then().statusCode(200).body("count", equalTo(1)).body("results[0].url", equalTo(b));
        as("alles").body(Map.of("uuid__in", List.of(a.substring(a.lastIndexOf('/') + 1)), "einddatum__isnull", true))
                .post(ZAKEN + "/_zoek").then().statusCode(200).body("results.url", contains(a));
        as("beperkt").body(Map.of("bronorganisatie__in", List.of(bron))).post(ZAKEN + "/_zoek").then()
                .body("count", equalTo(1)).body("results.url", contains(a));
        assertValidatieFout(as("alles").body(Map.of()).post(ZAKEN + "/_zoek").then(), "nonFieldErrors",
                "empty_search_body");
        assertValidatieFout(as("alles").body(Map.of("geometrie", List.of("url"))).post(ZAKEN + "/_zoek").then(),
                "nonFieldErrors", "unknown-parameters");
        assertValidatieFout(as("alles").body(Map.of("uuid__in", List.of("geen-uuid"))).post(ZAKEN + "/_zoek").then(),
                "uuid__in", "invalid");
        assertValidatieFout(as("alles").body(Map.of("uuid__in", "geen-lijst")).post(ZAKEN + "/_zoek").then(),
                "uuid__in", "not_a_list");
        assertValidatieFout(as("alles").body(Map.of("startdatum__gt", "+9999999-01-01")).post(ZAKEN + "/_zoek").then(),
                "startdatum__gt", "invalid");
    }

    @Test
    void communicatiekanaalAndRelevanteAndereZakenMustExist() {
        String bron = rsin();
        String ander = create("alles", zaak("a", bron));
        Map<String, Object> body = zaak("a", bron);
        body.put("communicatiekanaal", CatalogiStub.communicatiekanaal("telefoon"));
        body.put("relevanteAndereZaken", List.of(Map.of("url", ander, "aardRelatie", "vervolg")));
        String url = create("alles", body);
        body.put("communicatiekanaal", CatalogiStub.communicatiekanaal("fax"));
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "communicatiekanaal", "bad-url");
        body.put("communicatiekanaal", "http://169.254.169.254/latest/meta-data/"); // never fetched
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "communicatiekanaal", "bad-url");
        body.put("communicatiekanaal", CatalogiStub.communicatiekanaal("vorm"));
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "communicatiekanaal", "invalid-resource");
        body.remove("communicatiekanaal");
        body.put("relevanteAndereZaken", List.of(Map.of("url", ander, "aardRelatie", "vervolg"),
                Map.of("url", ander.substring(0, ander.lastIndexOf('/') + 1) + UUID.randomUUID(), "aardRelatie", "bijdrage")));
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "relevanteAndereZaken.1", "bad-url");
        // nothing to pay, so no date it was paid
        Map<String, Object> nvt = new HashMap<>(zaak("a", rsin()));
        nvt.put("betalingsindicatie", "nvt");
        nvt.put("laatsteBetaaldatum", "2026-03-01T10:00:00Z");
        assertValidatieFout(as("alles").body(nvt).post(ZAKEN).then(), "laatsteBetaaldatum", "betaling-nvt");
        // zrc-014: betalingsindicatie nvt clears laatsteBetaaldatum
        as("alles").body(Map.of("betalingsindicatie", "geheel", "laatsteBetaaldatum", "2026-03-01T10:00:00Z"))
                .patch(path(url)).then().statusCode(200);
        as("alles").body(Map.of("betalingsindicatie", "nvt")).patch(path(url)).then().statusCode(200)
                .body("laatsteBetaaldatum", equalTo(null));
    }

    @Test
    void hoofdzaakAndDeelzaken() {
        String bron = rsin();
        String hoofd = create("alles", zaak("a", bron));
        Map<String, Object> deel = zaak("a", bron);
        deel.put("hoofdzaak", hoofd);
        String deelUrl = create("alles", deel);
        as("alles").get(path(hoofd)).then().body("deelzaken", contains(deelUrl));
        Map<String, Object> kleinkind = zaak("a", bron);
        kleinkind.put("hoofdzaak", deelUrl);
        assertValidatieFout(as("alles").body(kleinkind).post(ZAKEN).then(), "hoofdzaak", "deelzaak-als-hoofdzaak");
        assertValidatieFout(as("alles").body(Map.of("hoofdzaak", hoofd)).patch(path(hoofd)).then(), "hoofdzaak",
                "self-forbidden");
        String ander = create("alles", zaak("a", bron));
        assertValidatieFout(as("alles").body(Map.of("hoofdzaak", ander)).patch(path(hoofd)).then(), "hoofdzaak",
                "deelzaak-als-hoofdzaak"); // it has deelzaken itself
        // zrc-023: a hoofdzaak goes with its deelzaken; a deelzaak alone leaves its hoofdzaak
        Map<String, Object> tweede = zaak("a", bron);
        tweede.put("hoofdzaak", hoofd);
        String tweedeUrl = create("alles", tweede);
        as("alles").delete(path(tweedeUrl)).then().statusCode(204);
        as("alles").get(path(hoofd)).then().statusCode(200).body("deelzaken", contains(deelUrl));
        // a client that may not delete the deelzaak cannot delete the hoofdzaak either
        Map<String, Object> geheim = zaak("b", bron);
        geheim.put("hoofdzaak", ander);
        create("alles", geheim);
        assertFout(as("behandelaar").delete(path(ander)).then(), 403, "permission_denied");
        as("alles").delete(path(hoofd)).then().statusCode(204);
        as("alles").get(path(deelUrl)).then().statusCode(404);
    }

    @Test
    void everyChangeIsAnnouncedOnKanaalZaken() throws Exception {
        String bron = rsin();
        String url = create("behandelaar", zaak("a", bron));
        as("behandelaar").body(Map.of("omschrijving", "Gewijzigd")).patch(path(url)).then().statusCode(200)
                .body("omschrijving", equalTo("Gewijzigd"));
        as("behandelaar").delete(path(url)).then().statusCode(204);
        List<String> messages = outbox(dataSource, url);
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).contains("\"kanaal\":\"zaken\"", "\"actie\":\"create\"", "\"bronorganisatie\":\"" + bron
                + "\"", "\"vertrouwelijkheidaanduiding\":\"openbaar\"", "\"zaaktype\":\"" + CatalogiStub.zaaktype("a") + "\"");
        assertThat(messages.get(1)).contains("\"actie\":\"partial_update\"");
        assertThat(messages.get(2)).contains("\"actie\":\"destroy\"");
        // what waits in the outbox is what an operator sees (sending is off in these tests)
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("(?m)^zgw_outbox_pending [1-9]")
                .containsPattern("(?m)^zgw_outbox_parked 0")
                .containsPattern("(?m)^zgw_outbox_oldest_pending_seconds [0-9]");
    }
}
