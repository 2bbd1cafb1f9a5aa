package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKNOTITIES;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaaknotitie;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Zaaknotities opvragen: found by their text, zaak, type and dates. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakNotitiesOpvragenTest {

    @Test
    void zaaknotitiesAreFoundByTheirText() {
        String zaak = create("alles", zaak("a", rsin()));
        String woord = "Woord" + System.nanoTime();
        String notitie = zaaknotitie(zaak, "Bel terug " + woord);
        String aangemaakt = as("alles").get(path(notitie)).then().statusCode(200).extract().path("aanmaakdatum");
        as("alles").queryParam("onderwerp__icontains", woord.toLowerCase()).get(ZAAKNOTITIES).then()
                .body("results.url", contains(notitie));
        as("alles").queryParam("gerelateerdAan", zaak).queryParam("aanmaakdatum__gte", aangemaakt)
                .queryParam("notitieType", "intern").get(ZAAKNOTITIES).then().body("results.url", contains(notitie));
        as("alles").queryParam("gerelateerdAan", zaak).queryParam("aanmaakdatum__gt", aangemaakt)
                .get(ZAAKNOTITIES).then().body("count", equalTo(0));
        assertValidatieFout(as("alles").queryParam("notitieType", "geheim").get(ZAAKNOTITIES).then(),
                "notitieType", "invalid_choice");
        assertValidatieFout(as("alles").queryParam("aanmaakdatum__gt", "gisteren").get(ZAAKNOTITIES).then(),
                "aanmaakdatum__gt", "invalid");
        // a date-time without an offset is read in Europe/Amsterdam, as in bodies
        String lokaal = java.time.OffsetDateTime.parse(aangemaakt).atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
                .toLocalDateTime().toString();
        as("alles").queryParam("gerelateerdAan", zaak).queryParam("aanmaakdatum__gte", lokaal)
                .get(ZAAKNOTITIES).then().body("results.url", contains(notitie));
        as("alles").queryParam("gerelateerdAan", zaak).queryParam("aanmaakdatum__gt", lokaal)
                .get(ZAAKNOTITIES).then().body("count", equalTo(0));
    }

    @Test
    void aNotitieThatDoesNotExistIsNotFound() {
        assertFout(as("alles").get(onbekend(ZAAKNOTITIES)).then(), 404, "not_found");
    }

    @Test
    void aNotitieAboutAZaakTheClientMayNotReadIsRefused() {
        String notitie = zaaknotitie(create("alles", zaak("a", rsin(), "geheim")), "Bel terug");
        as("alles").get(path(notitie)).then().statusCode(200);
        assertFout(as("beperkt").get(path(notitie)).then(), 403, "permission_denied");
    }
}
