package nl.zgw.zaken.onderdeel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.BesluitenStub;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.gesloten;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.outbox;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.uuid;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Zaakbesluiten: the relation of a zaak with a besluit, below the zaak, as the Besluiten API creates
 * and deletes it (brc-006): the besluit is one of the suite's Besluiten API that exists and names
 * this zaak, once per zaak; only with zaken.bijwerken.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(BesluitenStub.class)
class ZaakBesluitKoppelenTest {

    @Inject
    AgroalDataSource dataSource;

    private static String besluiten(String zaak) {
        return path(zaak) + "/besluiten";
    }

    /**
     * A zaakbesluit expands its besluit from the Besluiten API's list of the zaak, read with the
     * caller's token: what that API does not show the caller is {}; the rest of the path is that
     * API's; the Besluiten API down is a 503, not a silent {}.
     */
    @Test
    void aZaakbesluitExpandsItsBesluitAsTheCallerReadsIt() {
        String zaak = create("alles", zaak("a", rsin()));
        String besluit = BesluitenStub.besluit(zaak, "2026-04-01", null);
        as("behandelaar").body(Map.of("besluit", besluit)).post(besluiten(zaak)).then().statusCode(201);
        as("alles").queryParam("expand", "besluit").get(besluiten(zaak)).then().statusCode(200)
                .body("[0]._expand.besluit.url", equalTo(besluit))
                .body("[0]._expand.besluit.identificatie", notNullValue());
        // the stub shows besluiten to client "alles" only, as the real API shows each client its own
        as("behandelaar").queryParam("expand", "besluit").get(besluiten(zaak)).then().statusCode(200)
                .body("[0]._expand.besluit", equalTo(Map.of()));
        assertFout(as("alles").queryParam("expand", "besluit.zaak.bestaatniet.x.y").get(besluiten(zaak)).then(),
                400, "invalid"); // more than 4 levels, before anything is read
        BesluitenStub.onbereikbaar(true);
        try {
            assertFout(as("alles").queryParam("expand", "besluit").get(besluiten(zaak)).then(), 503, "upstream_error");
            as("alles").get(besluiten(zaak)).then().statusCode(200); // without expand the other API is not asked
        } finally {
            BesluitenStub.onbereikbaar(false);
        }
    }

    @Test
    void aBesluitIsLinkedReadAndUnlinked() throws Exception {
        String zaak = create("alles", zaak("a", rsin()));
        String besluit = BesluitenStub.besluit(zaak, "2026-04-01", null);
        String zaakbesluit = as("behandelaar").body(Map.of("besluit", besluit)).post(besluiten(zaak)).then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("url", startsWith(zaak + "/besluiten/"))
                .body("uuid", notNullValue())
                .body("besluit", equalTo(besluit))
                .body("zaak", nullValue()) // the specification's ZaakBesluit has no zaak: it is the path's
                .extract().path("url");
        as("alles").get(besluiten(zaak)).then().statusCode(200)
                .body("url", contains(zaakbesluit)).body("besluit", contains(besluit));
        as("beperkt").get(path(zaakbesluit)).then().statusCode(200)
                .body("url", equalTo(zaakbesluit))
                .body("uuid", equalTo(uuid(zaakbesluit)))
                .body("besluit", equalTo(besluit));
        List<String> messages = outbox(dataSource, zaak);
        assertThat(messages.get(messages.size() - 1)).contains("\"resource\":\"zaakbesluit\"")
                .contains("\"actie\":\"create\"").contains(zaakbesluit);

        // the besluit still names the zaak: the zaakbesluit stays, and so does the zaak (the Besluiten API leads)
        assertValidatieFout(as("behandelaar").delete(path(zaakbesluit)).then(), "nonFieldErrors", "inconsistent-relation");
        assertValidatieFout(as("alles").delete(path(zaak)).then(), "nonFieldErrors", "pending-besluit-relation");
        BesluitenStub.verwijder(besluit);
        as("behandelaar").delete(path(zaakbesluit)).then().statusCode(204);
        as("alles").get(besluiten(zaak)).then().statusCode(200).body("$", hasSize(0));
        assertFout(as("alles").get(path(zaakbesluit)).then(), 404, "not_found");
        messages = outbox(dataSource, zaak);
        assertThat(messages.get(messages.size() - 1)).contains("\"resource\":\"zaakbesluit\"")
                .contains("\"actie\":\"destroy\"").contains(zaakbesluit);
        // the audit trail of the zaak has both
        as("heropener").get(path(zaak) + "/audittrail").then().statusCode(200)
                .body("resource", contains("zaak", "zaakbesluit", "zaakbesluit"))
                .body("actie", contains("create", "create", "destroy"));
    }

    @Test
    void theBesluitMustBeABesluitOfTheBesluitenApi() {
        String zaak = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("besluit", "https://besluiten.example/besluiten/api/v1/besluiten/"
                + UUID.randomUUID())).post(besluiten(zaak)).then(), "besluit", "bad-url");
        assertValidatieFout(as("alles").body(Map.of("besluit", BesluitenStub.base() + "/besluitinformatieobjecten/"
                + UUID.randomUUID())).post(besluiten(zaak)).then(), "besluit", "bad-url");
        assertValidatieFout(as("alles").body(Map.of("besluit", BesluitenStub.base() + "/besluiten/1"))
                .post(besluiten(zaak)).then(), "besluit", "bad-url");
        // of the Besluiten API, but it does not exist (any more)
        assertValidatieFout(as("alles").body(Map.of("besluit", BesluitenStub.onbekend())).post(besluiten(zaak)).then(),
                "besluit", "bad-url");
        String weg = BesluitenStub.besluit(zaak, "2026-04-01", null);
        BesluitenStub.verwijder(weg);
        assertValidatieFout(as("alles").body(Map.of("besluit", weg)).post(besluiten(zaak)).then(), "besluit", "bad-url");
        assertValidatieFout(as("alles").body(Map.of("besluit", "geen url")).post(besluiten(zaak)).then(),
                "besluit", "invalid");
        assertValidatieFout(as("alles").body(Map.of()).post(besluiten(zaak)).then(), "besluit", "required");
        as("alles").get(besluiten(zaak)).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void theBesluitMustNameThisZaak() {
        String zaak = create("alles", zaak("a", rsin()));
        String ander = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("besluit", BesluitenStub.besluit(ander, "2026-04-01", null)))
                .post(besluiten(zaak)).then(), "nonFieldErrors", "inconsistent-relation");
        assertValidatieFout(as("alles").body(Map.of("besluit", BesluitenStub.besluit(null, "2026-04-01", null)))
                .post(besluiten(zaak)).then(), "nonFieldErrors", "inconsistent-relation");
        as("alles").get(besluiten(zaak)).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aZaakNamesABesluitOnce() {
        String zaak = create("alles", zaak("a", rsin()));
        String besluit = BesluitenStub.besluit(zaak, "2026-04-01", null);
        String zaakbesluit = as("alles").body(Map.of("besluit", besluit)).post(besluiten(zaak)).then().statusCode(201)
                .extract().path("url");
        assertValidatieFout(as("alles").body(Map.of("besluit", besluit)).post(besluiten(zaak)).then(),
                "nonFieldErrors", "unique");
        as("alles").get(besluiten(zaak)).then().body("url", contains(zaakbesluit));
    }

    @Test
    void onlyWithZakenBijwerken() {
        String zaak = create("alles", zaak("a", rsin()));
        String besluit = BesluitenStub.besluit(zaak, "2026-04-01", null);
        // zaken.lezen only; zaken.geforceerd-bijwerken without zaken.bijwerken
        assertFout(as("beperkt").body(Map.of("besluit", besluit)).post(besluiten(zaak)).then(), 403, "permission_denied");
        assertFout(as("corrector").body(Map.of("besluit", besluit)).post(besluiten(zaak)).then(), 403,
                "permission_denied");
        String zaakbesluit = as("behandelaar").body(Map.of("besluit", besluit)).post(besluiten(zaak)).then()
                .statusCode(201).extract().path("url");
        assertFout(as("beperkt").delete(path(zaakbesluit)).then(), 403, "permission_denied");
        assertFout(as("corrector").delete(path(zaakbesluit)).then(), 403, "permission_denied");
        as("alles").get(besluiten(zaak)).then().body("url", contains(zaakbesluit));

        // a closed zaak: zaken.geforceerd-bijwerken too
        String gesloten = gesloten(rsin(), "2026-06-30T12:00:00Z");
        String later = BesluitenStub.besluit(gesloten, "2026-07-01", null);
        assertFout(as("behandelaar").body(Map.of("besluit", later)).post(besluiten(gesloten)).then(), 403,
                "permission_denied");
        String bijGesloten = as("alles").body(Map.of("besluit", later)).post(besluiten(gesloten)).then()
                .statusCode(201).extract().path("url");
        BesluitenStub.verwijder(later);
        assertFout(as("behandelaar").delete(path(bijGesloten)).then(), 403, "permission_denied");
        as("alles").delete(path(bijGesloten)).then().statusCode(204);
    }

    @Test
    void aZaakbesluitLivesBelowItsZaak() {
        String zaak = create("alles", zaak("a", rsin()));
        String ander = create("alles", zaak("a", rsin()));
        String zaakbesluit = as("alles").body(Map.of("besluit", BesluitenStub.besluit(zaak, "2026-04-01", null)))
                .post(besluiten(zaak)).then().statusCode(201).extract().path("url");
        String elders = besluiten(ander) + "/" + uuid(zaakbesluit);
        assertFout(as("alles").get(elders).then(), 404, "not_found");
        assertFout(as("alles").delete(elders).then(), 404, "not_found");
        as("alles").get(path(zaakbesluit)).then().statusCode(200);
        String geenZaak = onbekend(ZAKEN);
        assertFout(as("alles").get(geenZaak + "/besluiten").then(), 404, "not_found");
        assertFout(as("alles").get(geenZaak + "/besluiten/" + uuid(zaakbesluit)).then(), 404, "not_found");
        assertFout(as("alles").body(Map.of("besluit", BesluitenStub.besluit(zaak, "2026-04-01", null)))
                .post(geenZaak + "/besluiten").then(), 404, "not_found");
        assertFout(as("alles").get(besluiten(zaak) + "/" + UUID.randomUUID()).then(), 404, "not_found");
        // a zaak the client may not read (vertrouwelijk, beperkt reads openbaar only)
        String vertrouwelijk = create("alles", zaak("a", rsin(), "vertrouwelijk"));
        assertFout(as("beperkt").get(besluiten(vertrouwelijk)).then(), 403, "permission_denied");
    }
}
