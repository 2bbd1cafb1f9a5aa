package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Zaken opvragen als lijst: what the client may see, the filters and the ordering. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZakenLijstTest {

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

    @Test
    void aMaximaleVertrouwelijkheidaanduidingIsOneOfTheStandard() {
        assertValidatieFout(as("alles").get(ZAKEN + "?maximaleVertrouwelijkheidaanduiding=topgeheim").then(),
                "maximaleVertrouwelijkheidaanduiding", "invalid_choice");
    }
}
