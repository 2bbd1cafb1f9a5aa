package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** zaakgeometrie without PostGIS: a bounding box with a GiST index selects, JTS decides. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakgeometrieTest {

    private static String at(String bron, Map<String, Object> geometrie) {
        Map<String, Object> body = zaak("a", bron);
        body.put("zaakgeometrie", geometrie);
        return create("alles", body);
    }

    private static Map<String, Object> point(double x, double y) {
        return Map.of("type", "Point", "coordinates", List.of(x, y));
    }

    @Test
    void zoekFindsTheZakenWithinAnArea() {
        String bron = rsin();
        // an L-shaped area: the corner (4.5, 52.5) lies in its bounding box but not in the area
        Map<String, Object> gebied = Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(4.0, 52.0), List.of(5.0, 52.0), List.of(5.0, 52.2), List.of(4.2, 52.2),
                List.of(4.2, 53.0), List.of(4.0, 53.0), List.of(4.0, 52.0))));
        String binnen = at(bron, point(4.1, 52.1));
        String ookBinnen = at(bron, Map.of("type", "LineString", "coordinates",
                List.of(List.of(4.05, 52.5), List.of(4.1, 52.9))));
        at(bron, point(4.5, 52.5)); // in the bounding box, outside the area
        at(bron, point(6.0, 51.0)); // far away
        create("alles", zaak("a", bron)); // no geometry at all

        as("alles").body(Map.of("zaakgeometrie", Map.of("within", gebied), "bronorganisatie", bron))
                .post(ZAKEN + "/_zoek").then().statusCode(200).body("count", equalTo(2))
                .body("results.url", containsInAnyOrder(binnen, ookBinnen));
        as("alles").body(Map.of("zaakgeometrie", Map.of("within", gebied), "bronorganisatie", bron,
                "maximaleVertrouwelijkheidaanduiding", "openbaar"))
                .post(ZAKEN + "/_zoek?page=2").then().statusCode(404);
        as("alles").get(ZAKEN + "?bronorganisatie=" + bron).then().body("count", equalTo(5));
    }

    @Test
    void aGeometryMustBeGeoJson() {
        Map<String, Object> body = zaak("a", rsin());
        body.put("zaakgeometrie", Map.of("type", "Point", "coordinates", List.of("x")));
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "zaakgeometrie", "invalid");
        body.put("zaakgeometrie", Map.of("type", "Cirkel", "coordinates", List.of(1, 2)));
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "zaakgeometrie", "invalid");
        assertValidatieFout(as("alles").body(Map.of("zaakgeometrie", Map.of("within", Map.of("type", "Polygon",
                "coordinates", List.of(List.of(List.of(1, 1), List.of(2, 2))))))).post(ZAKEN + "/_zoek").then(),
                "zaakgeometrie.within", "invalid");
        assertValidatieFout(as("alles").body(Map.of("zaakgeometrie", Map.of())).post(ZAKEN + "/_zoek").then(),
                "zaakgeometrie.within", "required");
    }
}
