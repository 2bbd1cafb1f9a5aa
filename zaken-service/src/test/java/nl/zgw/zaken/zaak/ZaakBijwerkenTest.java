package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.deelzaak;
import static nl.zgw.zaken.ZakenApi.gesloten;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.equalTo;

/** Een zaak bijwerken, deels (PATCH) of in zijn geheel (PUT). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakBijwerkenTest {

    @Test
    void zaaktypeAndIdentificatieDoNotChange() {
        String url = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("zaaktype", CatalogiStub.zaaktype("b"))).patch(path(url)).then(),
                "zaaktype", "wijzigen-niet-toegelaten");
        assertValidatieFout(as("alles").body(Map.of("identificatie", "ANDERS")).patch(path(url)).then(),
                "identificatie", "wijzigen-niet-toegelaten");
    }

    @Test
    void aClientCannotMakeAZaakMoreConfidentialThanItMayHandleItself() {
        String eigen = create("behandelaar", zaak("a", rsin()));
        assertFout(as("behandelaar").body(Map.of("vertrouwelijkheidaanduiding", "geheim")).patch(path(eigen)).then(),
                403, "permission_denied");
    }

    /** zrc-014: betalingsindicatie nvt clears laatsteBetaaldatum. */
    @Test
    void betalingsindicatieNvtClearsLaatsteBetaaldatum() {
        String url = create("alles", zaak("a", rsin()));
        as("alles").body(Map.of("betalingsindicatie", "geheel", "laatsteBetaaldatum", "2026-03-01T10:00:00Z"))
                .patch(path(url)).then().statusCode(200);
        // VNG's zrc-014b: nvt given together with a date is refused, also when the zaak changes to nvt
        Map<String, Object> geheel = as("alles").get(path(url)).then().extract().jsonPath().getMap("$");
        geheel.put("betalingsindicatie", "nvt");
        geheel.put("laatsteBetaaldatum", "2019-03-29T12:00:00");
        nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout(as("alles").body(geheel).put(path(url)).then(),
                "laatsteBetaaldatum", "betaling-nvt");
        nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout(as("alles").body(Map.of("betalingsindicatie", "nvt",
                "laatsteBetaaldatum", "2019-03-29T12:00:00")).patch(path(url)).then(), "laatsteBetaaldatum", "betaling-nvt");
        as("alles").body(Map.of("betalingsindicatie", "nvt")).patch(path(url)).then().statusCode(200)
                .body("laatsteBetaaldatum", equalTo(null));
    }

    @Test
    void aZaakIsNotItsOwnHoofdzaakNorADeelzaakWhileItHasDeelzaken() {
        String bron = rsin();
        String hoofd = create("alles", zaak("a", bron));
        create("alles", deelzaak("a", bron, hoofd));
        assertValidatieFout(as("alles").body(Map.of("hoofdzaak", hoofd)).patch(path(hoofd)).then(), "hoofdzaak",
                "self-forbidden");
        String ander = create("alles", zaak("a", bron));
        assertValidatieFout(as("alles").body(Map.of("hoofdzaak", ander)).patch(path(hoofd)).then(), "hoofdzaak",
                "deelzaak-als-hoofdzaak"); // it has deelzaken itself
    }

    @Test
    void aSelectielijstklasseIsAUrl() {
        String zaak = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("selectielijstklasse", "klasse-1")).patch(path(zaak)).then(),
                "selectielijstklasse", "invalid");
    }

    @Test
    void putReplacesTheZaakAsAWholeButNotItsZaaktype() {
        String bron = rsin();
        String url = create("alles", zaak("a", bron));
        assertValidatieFout(as("alles").body(zaak("b", bron)).put(path(url)).then(), "zaaktype",
                "wijzigen-niet-toegelaten");
        Map<String, Object> zonderStartdatum = zaak("a", bron);
        zonderStartdatum.remove("startdatum");
        assertValidatieFout(as("alles").body(zonderStartdatum).put(path(url)).then(), "startdatum", "required");
        Map<String, Object> geheel = zaak("a", bron);
        geheel.put("omschrijving", "Geheel");
        as("alles").body(geheel).put(path(url)).then().statusCode(200).body("omschrijving", equalTo("Geheel"));
    }

    @Test
    void putOfAZaakThatDoesNotExistIsNotFound() {
        assertFout(as("alles").body(zaak("a", rsin())).put(onbekend(ZAKEN)).then(), 404, "not_found");
    }

    /** zrc-007: once closed, a zaak changes only with zaken.geforceerd-bijwerken, also as a whole. */
    @Test
    void aClosedZaakIsReplacedOnlyWithGeforceerdBijwerken() {
        String bron = rsin();
        String zaak = gesloten(bron, "2026-03-04T10:00:00Z");
        Map<String, Object> geheel = zaak("a", bron);
        geheel.put("toelichting", "later");
        assertFout(as("heropener").body(geheel).put(path(zaak)).then(), 403, "permission_denied");
        as("corrector").body(geheel).put(path(zaak)).then().statusCode(200).body("toelichting", equalTo("later"));
    }
}
