package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.BesluitenStub;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.resultaat;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.status;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * zrc-021 with the afleidingswijzen ingangsdatum_besluit and vervaldatum_besluit: the brondatum is
 * the latest such date of the zaak's besluiten (as the Besluiten API has them), archiefactietermijn
 * P10Y; a closed zaak follows its zaakbesluiten.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(BesluitenStub.class)
class ZaakBesluitArchiveringTest {

    private static String zaakbesluit(String zaak, String besluit) {
        return as("alles").body(Map.of("besluit", besluit)).post(path(zaak) + "/besluiten").then().statusCode(201)
                .extract().path("url");
    }

    @Test
    void vervaldatumBesluitTakesTheLatestVervaldatum() {
        String zaak = create("alles", zaak("a", rsin()));
        String eerste = BesluitenStub.besluit(zaak, "2026-04-01", "2030-05-01");
        String tweede = BesluitenStub.besluit(zaak, "2026-05-01", "2031-02-15");
        zaakbesluit(zaak, eerste);
        String laatste = zaakbesluit(zaak, tweede);
        zaakbesluit(zaak, BesluitenStub.besluit(zaak, "2026-06-01", null)); // no vervaldatum: does not count
        resultaat(zaak, "r-vervaldatum_besluit");
        status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
        as("alles").get(path(zaak)).then().body("einddatum", equalTo("2026-06-30"))
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", equalTo("2041-02-15"));

        // the closed zaak follows its zaakbesluiten: one removed, one added, a besluit gone meanwhile
        BesluitenStub.verwijder(tweede); // the Besluiten API deletes the besluit, then its zaakbesluit
        as("alles").delete(path(laatste)).then().statusCode(204);
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2040-05-01"));
        BesluitenStub.verwijder(eerste);
        zaakbesluit(zaak, BesluitenStub.besluit(zaak, "2026-07-01", "2029-01-01"));
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2039-01-01"));
    }

    /** The Besluiten API announces a changed besluit (kanaal besluiten): its closed zaak derives again. */
    @Test
    void aChangedBesluitIsFollowed() {
        String zaak = create("alles", zaak("a", rsin()));
        String besluit = BesluitenStub.besluit(zaak, "2026-05-01", "2031-02-15");
        zaakbesluit(zaak, besluit);
        resultaat(zaak, "r-vervaldatum_besluit");
        int voor = BesluitenStub.gelezen(besluit);
        status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
        // closing reads the besluit once, before the zaak is locked
        org.assertj.core.api.Assertions.assertThat(BesluitenStub.gelezen(besluit) - voor).isEqualTo(1);
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2041-02-15"));
        BesluitenStub.vervaldatum(besluit, "2033-03-03");
        Map<String, Object> notificatie = Map.of("kanaal", "besluiten", "resource", "besluit", "actie", "partial_update",
                "resourceUrl", besluit, "hoofdObject", besluit, "kenmerken", Map.of());
        io.restassured.RestAssured.given().contentType("application/json")
                .header("Authorization", "Bearer callback-secret-0123456789").body(notificatie)
                .post("/zaken/api/v1/callbacks/notificaties").then().statusCode(204);
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2043-03-03"));
    }

    @Test
    void ingangsdatumBesluitTakesTheLatestIngangsdatum() {
        String zaak = create("alles", zaak("a", rsin()));
        zaakbesluit(zaak, BesluitenStub.besluit(zaak, "2026-06-01", "2030-05-01"));
        zaakbesluit(zaak, BesluitenStub.besluit(zaak, "2026-04-01", null));
        resultaat(zaak, "r-ingangsdatum_besluit");
        status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2036-06-01"));
    }

    @Test
    void withoutBesluitenThereIsNoBrondatum() {
        String zaak = create("alles", zaak("a", rsin()));
        resultaat(zaak, "r-vervaldatum_besluit");
        status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
        as("alles").get(path(zaak)).then().body("einddatum", equalTo("2026-06-30"))
                .body("archiefactiedatum", nullValue());
        // a besluit linked afterwards gives the date
        zaakbesluit(zaak, BesluitenStub.besluit(zaak, "2026-07-01", "2032-03-01"));
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2042-03-01"));
    }
}
