package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKNOTITIES;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.notitie;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaaknotitie;
import static org.hamcrest.Matchers.equalTo;

/** Een zaaknotitie bijwerken, deels (PATCH) of in zijn geheel (PUT). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakNotitieBijwerkenTest {

    @Test
    void aNotitieBecomesDefinitiefAndKeepsItsAanmaakdatum() {
        String url = zaaknotitie(create("alles", zaak("a", rsin())), "Bel terug");
        String aangemaakt = as("alles").get(path(url)).then().statusCode(200).extract().path("aanmaakdatum");
        as("behandelaar").body(Map.of("status", "definitief")).patch(path(url)).then().statusCode(200)
                .body("status", equalTo("definitief")).body("aanmaakdatum", equalTo(aangemaakt));
    }

    @Test
    void theStatusIsConceptOrDefinitief() {
        String url = zaaknotitie(create("alles", zaak("a", rsin())), "Bel terug");
        assertValidatieFout(as("behandelaar").body(Map.of("status", "gepubliceerd")).patch(path(url)).then(),
                "status", "invalid_choice");
    }

    @Test
    void aNotitieStaysWithItsZaak() {
        String bron = rsin();
        String zaak = create("alles", zaak("a", bron));
        String ander = create("alles", zaak("a", bron));
        String url = zaaknotitie(zaak, "Bel terug");
        assertValidatieFout(as("behandelaar").body(notitie(ander, "Bel terug")).put(path(url)).then(),
                "gerelateerdAan", "wijzigen-niet-toegelaten");
        as("behandelaar").body(notitie(zaak, "Bel morgen terug")).put(path(url)).then().statusCode(200)
                .body("onderwerp", equalTo("Bel morgen terug")).body("gerelateerdAan", equalTo(zaak));
    }

    @Test
    void aNotitieThatDoesNotExistIsNotFound() {
        String zaak = create("alles", zaak("a", rsin()));
        assertFout(as("alles").body(notitie(zaak, "Bel terug")).put(onbekend(ZAAKNOTITIES)).then(), 404, "not_found");
        assertFout(as("alles").body(Map.of("status", "definitief")).patch(onbekend(ZAAKNOTITIES)).then(), 404,
                "not_found");
    }
}
