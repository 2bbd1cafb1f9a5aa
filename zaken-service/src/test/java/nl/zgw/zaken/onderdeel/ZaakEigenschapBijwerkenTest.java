package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.eigenschap;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.resultaat;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.status;
import static nl.zgw.zaken.ZakenApi.uuid;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakeigenschap;
import static org.hamcrest.Matchers.equalTo;

/** Een eigenschap van een zaak bijwerken, in zijn geheel (PUT) of deels (PATCH), below its zaak. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakEigenschapBijwerkenTest {

    @Test
    void anEigenschapChangesBelowItsOwnZaakOnly() {
        String bron = rsin();
        String zaak = create("alles", zaak("a", bron));
        String ander = create("alles", zaak("a", bron));
        String url = zaakeigenschap(zaak, "2030-01-15");
        String elders = path(ander) + "/zaakeigenschappen/" + uuid(url);
        assertFout(as("alles").body(eigenschap(zaak, "2031-01-15")).put(elders).then(), 404, "not_found");
        assertFout(as("alles").body(Map.of("waarde", "2031-01-15")).patch(elders).then(), 404, "not_found");
        assertFout(as("alles").body(eigenschap(zaak, "2031-01-15")).put(onbekend(path(zaak) + "/zaakeigenschappen"))
                .then(), 404, "not_found");
        as("alles").body(eigenschap(zaak, "2031-01-15")).put(path(url)).then().statusCode(200)
                .body("waarde", equalTo("2031-01-15"));
    }

    /** zrc-007: once the zaak is closed its eigenschappen change only with zaken.geforceerd-bijwerken. */
    @Test
    void anEigenschapOfAClosedZaakChangesOnlyWithGeforceerdBijwerken() {
        String zaak = create("alles", zaak("a", rsin()));
        String url = zaakeigenschap(zaak, "2030-01-15");
        resultaat(zaak, "r-afgehandeld");
        status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
        assertFout(as("heropener").body(Map.of("waarde", "2031-02-01")).patch(path(url)).then(), 403,
                "permission_denied");
        as("corrector").body(Map.of("waarde", "2031-02-01")).patch(path(url)).then().statusCode(200)
                .body("waarde", equalTo("2031-02-01"));
    }
}
