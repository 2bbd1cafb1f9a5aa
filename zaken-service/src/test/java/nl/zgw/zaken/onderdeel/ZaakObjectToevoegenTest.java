package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKOBJECTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Een zaakobject toevoegen aan een zaak: by URL or by identificatie, of a zaakobjecttype of the zaaktype. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakObjectToevoegenTest {

    @Test
    void zaakobjectenByUrlOrIdentificatie() {
        String zaak = create("alles", zaak("a", rsin()));
        String object = "https://bag.example/panden/" + UUID.randomUUID();
        String zaakobject = as("aanmaker").body(Map.of("zaak", zaak, "object", object, "objectType", "pand",
                        "zaakobjecttype", CatalogiStub.url("zaakobjecttypen", "zot"), "relatieomschrijving", "betreft"))
                .post(ZAAKOBJECTEN).then().statusCode(201).extract().path("url");
        as("alles").queryParam("object", object).get(ZAAKOBJECTEN).then().body("results.url", contains(zaakobject));
        as("alles").get(path(zaak)).then().body("zaakobjecten", contains(zaakobject));

        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "objectType", "ufo", "object", object))
                .post(ZAAKOBJECTEN).then(), "objectType", "invalid_choice");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "objectType", "overige", "object", object))
                .post(ZAAKOBJECTEN).then(), "objectTypeOverige", "required");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "objectType", "pand"))
                .post(ZAAKOBJECTEN).then(), "nonFieldErrors", "invalid-zaakobject");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "objectType", "adres", "objectIdentificatie",
                Map.of("identificatie", "1", "gorOpenbareRuimteNaam", "Straat", "huisnummer", 3)))
                .post(ZAAKOBJECTEN).then(),
                "objectIdentificatie.wplWoonplaatsNaam", "required");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "objectType", "pand", "object", object,
                "zaakobjecttype", CatalogiStub.url("zaakobjecttypen", "nope"))).post(ZAAKOBJECTEN).then(),
                "zaakobjecttype", "bad-url");
    }

    /** An object is not fetched, but it is an http(s) URL. */
    @Test
    void theObjectIsAUrl() {
        String zaak = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "object", "ftp://elders/1", "objectType", "adres"))
                .post(ZAAKOBJECTEN).then(), "object", "invalid");
    }

    /** As zrc-016 to zrc-020 for the other types: the zaakobjecttype belongs to the zaak's zaaktype. */
    @Test
    void theZaakobjecttypeBelongsToTheZaaktypeOfTheZaak() {
        String object = "https://bag.example/panden/" + UUID.randomUUID();
        String zot = CatalogiStub.url("zaakobjecttypen", "zot"); // of zaaktype A
        String zaakB = create("alles", zaak("b", rsin()));
        assertValidatieFout(as("alles").body(Map.of("zaak", zaakB, "object", object, "objectType", "pand",
                "zaakobjecttype", zot)).post(ZAAKOBJECTEN).then(), "nonFieldErrors", "zaaktype-mismatch");
        String zaakA = create("alles", zaak("a", rsin()));
        as("alles").body(Map.of("zaak", zaakA, "object", object, "objectType", "pand", "zaakobjecttype", zot))
                .post(ZAAKOBJECTEN).then().statusCode(201).body("zaakobjecttype", equalTo(zot));
    }
}
