package nl.zgw.besluiten.besluit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.besluiten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static nl.zgw.besluiten.BesluitenApi.as;
import static nl.zgw.besluiten.BesluitenApi.besluit;
import static nl.zgw.besluiten.BesluitenApi.create;
import static nl.zgw.besluiten.BesluitenApi.onbekend;
import static nl.zgw.besluiten.BesluitenApi.path;
import static nl.zgw.besluiten.BesluitenApi.rsin;
import static nl.zgw.besluiten.BesluitenApi.zaak;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
class BesluitBijwerkenTest {

    @Test
    void aPutReplacesTheBesluitAndKeepsItsIdentificatie() {
        Map<String, Object> body = besluit("a");
        String url = create("behandelaar", body);
        String identificatie = as("behandelaar").get(path(url)).then().extract().path("identificatie");
        String etag = as("behandelaar").get(path(url)).then().extract().header("ETag");
        body.put("toelichting", "Vergunning verleend");
        body.put("bestuursorgaan", "College van B&W");
        body.put("vervaldatum", "2027-03-01");
        body.put("vervalreden", "ingetrokken_overheid");
        body.put("publicatiedatum", "2026-03-03");
        as("behandelaar").body(body).put(path(url)).then().statusCode(200)
                .body("url", equalTo(url))
                .body("identificatie", equalTo(identificatie)) // left out of the PUT: kept
                .body("toelichting", equalTo("Vergunning verleend"))
                .body("bestuursorgaan", equalTo("College van B&W"))
                .body("vervaldatum", equalTo("2027-03-01"))
                .body("vervalredenWeergave", equalTo("Besluit ingetrokken door overheid"))
                .body("publicatiedatum", equalTo("2026-03-03"));
        as("behandelaar").get(path(url)).then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("toelichting", equalTo("Vergunning verleend"));
    }

    @Test
    void aPatchChangesOnlyTheFieldsSent() {
        Map<String, Object> body = besluit("a");
        body.put("toelichting", "Eerst");
        String url = create("behandelaar", body);
        as("behandelaar").body(Map.of("uiterlijkeReactiedatum", "2026-04-15")).patch(path(url)).then().statusCode(200)
                .body("uiterlijkeReactiedatum", equalTo("2026-04-15"))
                .body("toelichting", equalTo("Eerst"))
                .body("datum", equalTo("2026-03-01"));
        assertValidatieFout(as("behandelaar").body(Map.of("vervalreden", "verlopen")).patch(path(url)).then(),
                "vervalreden", "invalid_choice");
        Map<String, Object> leeg = new HashMap<>();
        leeg.put("datum", null);
        assertValidatieFout(as("behandelaar").body(leeg).patch(path(url)).then(), "datum", "required");
    }

    @Test
    void theBesluittypeDoesNotChange() { // brc-001
        String url = create("alles", besluit("a"));
        assertValidatieFout(as("alles").body(Map.of("besluittype", CatalogiStub.besluittype("b"))).patch(path(url)).then(),
                "besluittype", "wijzigen-niet-toegelaten");
    }

    @Test
    void theIdentificatieAndVerantwoordelijkeOrganisatieDoNotChange() { // brc-002
        Map<String, Object> body = besluit("a");
        String url = create("behandelaar", body);
        assertValidatieFout(as("behandelaar").body(Map.of("identificatie", "ANDERS")).patch(path(url)).then(),
                "identificatie", "wijzigen-niet-toegelaten");
        assertValidatieFout(as("behandelaar").body(Map.of("verantwoordelijkeOrganisatie", rsin())).patch(path(url)).then(),
                "verantwoordelijkeOrganisatie", "wijzigen-niet-toegelaten");
        body.put("identificatie", "ANDERS");
        assertValidatieFout(as("behandelaar").body(body).put(path(url)).then(), "identificatie",
                "wijzigen-niet-toegelaten");
    }

    @Test
    void theZaakDoesNotChange() {
        Map<String, Object> metZaak = besluit("a");
        String zaak = zaak();
        metZaak.put("zaak", zaak);
        String url = create("behandelaar", metZaak);
        assertValidatieFout(as("behandelaar").body(Map.of("zaak", zaak())).patch(path(url)).then(), "zaak",
                "wijzigen-niet-toegelaten");
        assertValidatieFout(as("behandelaar").body(Map.of("zaak", "")).patch(path(url)).then(), "zaak",
                "wijzigen-niet-toegelaten");
        as("behandelaar").body(Map.of("zaak", zaak, "toelichting", "zelfde zaak")).patch(path(url)).then().statusCode(200);

        String zonder = create("behandelaar", besluit("a"));
        assertValidatieFout(as("behandelaar").body(Map.of("zaak", zaak())).patch(path(zonder)).then(), "zaak",
                "wijzigen-niet-toegelaten");
        assertValidatieFout(as("behandelaar").body(Map.of("zaak", "https://elders.example/zaken/1")).patch(path(zonder))
                .then(), "zaak", "bad-url");
    }

    @Test
    void theDatumIsNotInTheFuture() {
        String url = create("behandelaar", besluit("a"));
        String morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(2).toString();
        assertValidatieFout(as("behandelaar").body(Map.of("datum", morgen)).patch(path(url)).then(), "datum",
                "future_not_allowed");
    }

    @Test
    void aClientChangesBesluitenOfItsBesluittypenOnly() {
        String b = create("alles", besluit("b"));
        assertFout(as("behandelaar").body(Map.of("toelichting", "x")).patch(path(b)).then(), 403, "permission_denied");
        String a = create("alles", besluit("a"));
        assertFout(as("lezer").body(Map.of("toelichting", "x")).patch(path(a)).then(), 403, "permission_denied");
        assertFout(as("behandelaar").body(Map.of("toelichting", "x")).patch(onbekend()).then(), 404, "not_found");
        assertFout(as("behandelaar").body(besluit("a")).put(onbekend()).then(), 404, "not_found");
    }

    @Test
    void aBesluitIsReadWithTheScopeForItsBesluittype() {
        String a = create("alles", besluit("a"));
        String b = create("alles", besluit("b"));
        as("lezer").get(path(a)).then().statusCode(200);
        assertFout(as("lezer").get(path(b)).then(), 403, "permission_denied");
        assertFout(as("nobody").get(path(a)).then(), 403, "permission_denied");
        assertFout(as("lezer").get(onbekend()).then(), 404, "not_found");
        String etag = as("lezer").get(path(a)).then().extract().header("ETag");
        as("lezer").header("If-None-Match", etag).get(path(a)).then().statusCode(304);
    }
}
