package nl.zgw.besluiten.besluit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.besluiten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.besluiten.BesluitenApi.BESLUITEN;
import static nl.zgw.besluiten.BesluitenApi.ZAKEN;
import static nl.zgw.besluiten.BesluitenApi.as;
import static nl.zgw.besluiten.BesluitenApi.besluit;
import static nl.zgw.besluiten.BesluitenApi.create;
import static nl.zgw.besluiten.BesluitenApi.path;
import static nl.zgw.besluiten.BesluitenApi.rsin;
import static nl.zgw.besluiten.BesluitenApi.zaak;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
class BesluitAanmakenTest {

    @Test
    void aBesluitIsCreatedWithAGeneratedIdentificatie() { // brc-002
        Map<String, Object> body = besluit("a");
        String url = as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201)
                .header("Location", startsWith("http://localhost:8004/besluiten/api/v1/besluiten/"))
                .body("identificatie", equalTo("BESLUIT-2026-0000000001"))
                .body("verantwoordelijkeOrganisatie", equalTo(body.get("verantwoordelijkeOrganisatie")))
                .body("besluittype", equalTo(body.get("besluittype")))
                .body("zaak", equalTo(""))
                .body("datum", equalTo("2026-03-01"))
                .body("ingangsdatum", equalTo("2026-03-02"))
                .body("vervaldatum", nullValue())
                .body("vervalreden", equalTo(""))
                .body("vervalredenWeergave", equalTo(""))
                .body("toelichting", equalTo(""))
                .body("bestuursorgaan", equalTo(""))
                .body("publicatiedatum", nullValue())
                .body("verzenddatum", nullValue())
                .body("uiterlijkeReactiedatum", nullValue())
                .body("$", not(hasKey("_expand")))
                .extract().path("url");
        as("behandelaar").get(path(url)).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("url", equalTo(url))
                .body("identificatie", equalTo("BESLUIT-2026-0000000001"));
    }

    @Test
    void generatedNumbersCountPerOrganisationAndYearAndSkipNumbersGivenByHand() { // brc-002
        Map<String, Object> body = besluit("a");
        body.put("identificatie", "BESLUIT-2026-0000000002");
        create("behandelaar", body);
        body.remove("identificatie");
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201)
                .body("identificatie", equalTo("BESLUIT-2026-0000000001"));
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201)
                .body("identificatie", equalTo("BESLUIT-2026-0000000003"));
        body.put("datum", "2025-12-31"); // the year of the beslisdatum
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201)
                .body("identificatie", equalTo("BESLUIT-2025-0000000001"));
    }

    @Test
    void aGivenIdentificatieIsUniquePerOrganisation() { // brc-002
        Map<String, Object> body = besluit("a");
        body.put("identificatie", "B-" + UUID.randomUUID().toString().substring(0, 8));
        create("behandelaar", body);
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "identificatie",
                "identificatie-niet-uniek");
        body.put("verantwoordelijkeOrganisatie", rsin());
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201)
                .body("identificatie", equalTo(body.get("identificatie")));
    }

    @Test
    void theBesluittypeMustBeAPublishedBesluittypeOfTheCatalogiApi() { // brc-001
        Map<String, Object> body = besluit("concept");
        assertValidatieFout(as("alles").body(body).post(BESLUITEN).then(), "besluittype", "not-published");
        body.put("besluittype", CatalogiStub.besluittype("bestaat-niet"));
        assertValidatieFout(as("alles").body(body).post(BESLUITEN).then(), "besluittype", "bad-url");
        body.put("besluittype", CatalogiStub.besluittype("geen-type"));
        assertValidatieFout(as("alles").body(body).post(BESLUITEN).then(), "besluittype", "invalid-resource");
        body.put("besluittype", "https://elders.example/catalogi/api/v1/besluittypen/a");
        assertValidatieFout(as("alles").body(body).post(BESLUITEN).then(), "besluittype", "bad-url");
        body.put("besluittype", "geen url");
        assertValidatieFout(as("alles").body(body).post(BESLUITEN).then(), "besluittype", "invalid");
    }

    @Test
    void theVerantwoordelijkeOrganisatieIsAnRsin() {
        Map<String, Object> body = besluit("a");
        body.put("verantwoordelijkeOrganisatie", "123456789");
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "verantwoordelijkeOrganisatie",
                "invalid");
        body.remove("verantwoordelijkeOrganisatie");
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "verantwoordelijkeOrganisatie",
                "required");
    }

    @Test
    void theDatumIsNotInTheFuture() {
        Map<String, Object> body = besluit("a");
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        body.put("datum", vandaag.plusDays(2).toString());
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "datum", "future_not_allowed");
        body.put("datum", vandaag.minusDays(1).toString());
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201);
    }

    @Test
    void requiredFieldsAndFieldRulesAreChecked() {
        Map<String, Object> body = besluit("a");
        body.remove("datum");
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "datum", "required");
        body.put("datum", "geen datum");
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "datum", "invalid");
        body.put("datum", "2026-03-01");
        body.remove("ingangsdatum");
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "ingangsdatum", "required");
        body.put("ingangsdatum", "2026-03-01");
        body.remove("besluittype");
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "besluittype", "required");
        body.put("besluittype", CatalogiStub.besluittype("a"));
        body.put("identificatie", "x".repeat(51));
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "identificatie", "max_length");
        body.remove("identificatie");
        body.put("bestuursorgaan", "x".repeat(51));
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "bestuursorgaan", "max_length");
        body.put("bestuursorgaan", "College van B&W");
        body.put("vervalreden", "verlopen");
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "vervalreden", "invalid_choice");
    }

    @Test
    void theVervalredenIsShownWithItsWeergave() {
        Map<String, Object> body = besluit("a");
        body.put("vervalreden", "tijdelijk");
        body.put("vervaldatum", "2027-01-01");
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201)
                .body("vervalreden", equalTo("tijdelijk"))
                .body("vervalredenWeergave", equalTo("Besluit met tijdelijke werking"))
                .body("vervaldatum", equalTo("2027-01-01"));
        body.put("vervalreden", "ingetrokken_belanghebbende");
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201)
                .body("vervalredenWeergave", equalTo("Besluit ingetrokken o.v.v. belanghebbende"));
        body.put("vervalreden", ""); // no vervalreden, as the reference implementation takes it
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201)
                .body("vervalreden", equalTo("")).body("vervalredenWeergave", equalTo(""));
    }

    @Test
    void aZaakIsAZaakOfTheSuitesZakenApi() {
        Map<String, Object> body = besluit("a");
        String zaak = zaak();
        body.put("zaak", zaak);
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201).body("zaak", equalTo(zaak));
        body.put("zaak", "https://elders.example/zaken/api/v1/zaken/" + UUID.randomUUID());
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "zaak", "bad-url");
        body.put("zaak", "http://localhost:8001/zaken/api/v1/statussen/" + UUID.randomUUID());
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "zaak", "bad-url");
        body.put("zaak", ZAKEN + "geen-uuid");
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "zaak", "bad-url");
        body.put("zaak", "geen url");
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "zaak", "invalid");
        body.put("zaak", ZAKEN + "x".repeat(200));
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "zaak", "max_length");
    }

    @Test
    void aClientCreatesBesluitenOfItsBesluittypenOnly() {
        assertFout(as("behandelaar").body(besluit("b")).post(BESLUITEN).then(), 403, "permission_denied");
        assertFout(as("lezer").body(besluit("a")).post(BESLUITEN).then(), 403, "permission_denied");
        assertFout(as("nobody").body(besluit("a")).post(BESLUITEN).then(), 403, "permission_denied");
        as("alles").body(besluit("b")).post(BESLUITEN).then().statusCode(201);
    }

    @Test
    void aBodyThatIsNotJsonIsAParseError() {
        assertFout(as("behandelaar").body("{\"datum\": ").post(BESLUITEN).then(), 400, "parse_error");
    }
}
