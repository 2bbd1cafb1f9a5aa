package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.RESULTATEN;
import static nl.zgw.zaken.ZakenApi.STATUSSEN;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.gesloten;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.resultaat;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.status;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Statussen and resultaten: closing, reopening and the archive fields of a zaak (zrc-007, zrc-008, zrc-021). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class LevenscyclusTest {

    @Test
    void theEindstatusClosesTheZaakAndDerivesItsArchiveFields() {
        String zaak = create("alles", zaak("a", rsin()));
        String eerste = status("alles", zaak, "s1", "2026-03-02T10:00:00+01:00");
        as("alles").get(path(zaak)).then().body("status", equalTo(eerste)).body("einddatum", nullValue());
        // zrc-007: no eindstatus without a resultaat; nothing is left behind
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "s2"),
                "datumStatusGezet", "2026-03-10T09:00:00+01:00")).post(STATUSSEN).then(), "nonFieldErrors",
                "resultaat-does-not-exist");
        as("alles").queryParam("zaak", zaak).get(STATUSSEN).then().body("count", equalTo(1));

        String resultaat = resultaat(zaak, "r-afgehandeld");
        String eind = status("alles", zaak, "s2", "2026-03-10T23:30:00+01:00");
        as("alles").get(path(zaak)).then().body("status", equalTo(eind)).body("resultaat", equalTo(resultaat))
                .body("einddatum", equalTo("2026-03-10")) // the date as the client wrote it
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", equalTo("2036-03-10"));
        as("alles").get(path(eerste)).then().body("indicatieLaatstGezetteStatus", equalTo(false));
        as("alles").get(path(eind)).then().body("indicatieLaatstGezetteStatus", equalTo(true));
        as("alles").queryParam("zaak", zaak).queryParam("indicatieLaatstGezetteStatus", "true").get(STATUSSEN).then()
                .body("results.url", contains(eind));
    }

    @Test
    void aClosedZaakChangesOnlyWithTheRightScopes() {
        String zaak = create("alles", zaak("a", rsin()));
        status("aanmaker", zaak, "s1", "2026-03-02T10:00:00Z");
        // with zaken.aanmaken only the first status
        assertFout(as("aanmaker").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-03T10:00:00Z")).post(STATUSSEN).then(), 403, "permission_denied");
        resultaat(zaak, "r-afgehandeld");
        status("heropener", zaak, "s2", "2026-03-04T10:00:00Z");

        // closed: changes need zaken.geforceerd-bijwerken, also for what lives inside the zaak
        assertFout(as("heropener").body(Map.of("toelichting", "later")).patch(path(zaak)).then(), 403,
                "permission_denied");
        assertFout(as("heropener").body(Map.of("zaak", zaak, "eigenschap", CatalogiStub.url("eigenschappen",
                "vervaldatum"), "waarde", "2030-01-01")).post(path(zaak) + "/zaakeigenschappen").then(), 403,
                "permission_denied");
        as("corrector").body(Map.of("toelichting", "correctie")).patch(path(zaak)).then().statusCode(200);
        // zrc-008: reopening needs zaken.heropenen and clears einddatum and the archive fields
        assertFout(as("corrector").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-05T10:00:00Z")).post(STATUSSEN).then(), 403, "permission_denied");
        status("heropener", zaak, "s1", "2026-03-05T10:00:00Z");
        as("alles").get(path(zaak)).then().body("einddatum", nullValue()).body("archiefnominatie", nullValue())
                .body("archiefactiedatum", nullValue());
        as("heropener").body(Map.of("toelichting", "weer open")).patch(path(zaak)).then().statusCode(200);
    }

    /** zrc-022: archived only with archiefnominatie and archiefactiedatum. */
    @Test
    void aZaakIsArchivedOnlyWithItsArchiveFields() {
        Map<String, Object> body = zaak("a", rsin());
        body.put("archiefstatus", "gearchiveerd");
        body.put("archiefnominatie", "blijvend_bewaren");
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "archiefactiedatum", "archiefactiedatum-not-set");
        String zaak = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("archiefstatus", "overgedragen", "archiefactiedatum", "2030-01-01"))
                .patch(path(zaak)).then(), "archiefnominatie", "archiefnominatie-not-set");
        resultaat(zaak, "r-afgehandeld");
        status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
        as("corrector").body(Map.of("archiefstatus", "gearchiveerd")).patch(path(zaak)).then().statusCode(200)
                .body("archiefstatus", equalTo("gearchiveerd"));
    }

    @Test
    void anEindstatusRegisteredAfterwardsClosesTheZaakOnItsDate() {
        String zaak = create("alles", zaak("a", rsin()));
        resultaat(zaak, "r-afgehandeld");
        String nu = status("alles", zaak, "s1", "2026-03-05T10:00:00Z");
        status("alles", zaak, "s2", "2026-03-01T23:30:00Z"); // the eindstatus, dated before the current one
        as("alles").get(path(zaak)).then().body("status", equalTo(nu)) // still the latest datumStatusGezet
                .body("einddatum", equalTo("2026-03-02")); // 00:30 in the Netherlands
    }

    @Test
    void aValueTheClientSetStaysWhenTheZaakCloses() {
        Map<String, Object> body = zaak("a", rsin());
        body.put("archiefactiedatum", "2099-12-31");
        body.put("archiefnominatie", "blijvend_bewaren");
        String zaak = create("alles", body);
        resultaat(zaak, "r-afgehandeld");
        status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2099-12-31"))
                .body("archiefnominatie", equalTo("blijvend_bewaren"));
    }

    @Test
    void typesMustBelongToTheZaaktype() {
        String zaak = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "sb"),
                "datumStatusGezet", "2026-03-05T10:00:00Z")).post(STATUSSEN).then(), "nonFieldErrors", "zaaktype-mismatch");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "nope"),
                "datumStatusGezet", "2026-03-05T10:00:00Z")).post(STATUSSEN).then(), "statustype", "bad-url");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "statustype", "https://elders.example/statustypen/1",
                "datumStatusGezet", "2026-03-05T10:00:00Z")).post(STATUSSEN).then(), "statustype", "bad-url");
        assertValidatieFout(as("alles").body(Map.of("zaak", "http://localhost:8001/zaken/api/v1/zaken/"
                + java.util.UUID.randomUUID(), "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-05T10:00:00Z")).post(STATUSSEN).then(), "zaak", "does_not_exist");
        resultaat(zaak, "r-afgehandeld");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "resultaattype",
                CatalogiStub.url("resultaattypen", "r-termijn"))).post(RESULTATEN).then(), "zaak", "unique");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "datumStatusGezet", "2026-03-05T10:00:00Z"))
                .post(STATUSSEN).then(), "statustype", "required");
    }

    /** zrc-016, zrc-018..020: every type of what lives in a zaak belongs to the zaak's zaaktype. */
    @Test
    void everyTypeMustBelongToTheZaaktypeOfTheZaak() {
        String zaakB = create("alles", zaak("b", rsin()));
        assertValidatieFout(as("alles").body(Map.of("zaak", zaakB, "resultaattype",
                CatalogiStub.url("resultaattypen", "r-afgehandeld"))).post(RESULTATEN).then(), "nonFieldErrors",
                "zaaktype-mismatch");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaakB, "betrokkeneType", "natuurlijk_persoon",
                        "roltype", CatalogiStub.url("roltypen", "initiator"), "roltoelichting", "aanvrager",
                        "betrokkene", "https://personen.example/1")).post("/zaken/api/v1/rollen").then(),
                "nonFieldErrors", "zaaktype-mismatch");
        assertValidatieFout(as("alles").body(Map.of("zaak", zaakB, "eigenschap", CatalogiStub.url("eigenschappen",
                "vervaldatum"), "waarde", "2030-01-15")).post(path(zaakB) + "/zaakeigenschappen").then(),
                "nonFieldErrors", "zaaktype-mismatch");
        // gezetdoor is a rol of this zaak
        String zaakA = create("alles", zaak("a", rsin()));
        String rolElders = as("alles").body(Map.of("zaak", zaakA, "betrokkeneType", "natuurlijk_persoon",
                "roltype", CatalogiStub.url("roltypen", "initiator"), "roltoelichting", "aanvrager",
                "betrokkene", "https://personen.example/1")).post("/zaken/api/v1/rollen").then().statusCode(201)
                .extract().path("url");
        String anderA = create("alles", zaak("a", rsin()));
        assertValidatieFout(as("alles").body(Map.of("zaak", anderA, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-05T10:00:00Z", "gezetdoor", rolElders)).post(STATUSSEN).then(),
                "gezetdoor", "does_not_exist");
    }

    /** zrc-021: every afleidingswijze of brondatumArchiefprocedure, archiefactietermijn P10Y. */
    @Test
    void everyAfleidingswijzeGivesItsArchiefactiedatum() {
        String bron = rsin();
        String hoofd = gesloten(bron, "2026-04-01T12:00:00Z");
        String gerelateerd = gesloten(bron, "2026-05-01T12:00:00Z");

        // ingangsdatum_besluit, vervaldatum_besluit: these zaken have no besluiten, so no date (ZaakBesluitArchiveringTest)
        Map<String, String> expected = Map.of("afgehandeld", "2036-06-30", "termijn", "2041-06-30",
                "eigenschap", "2040-01-15", "hoofdzaak", "2036-04-01", "gerelateerde_zaak", "2036-05-01",
                "zaakobject", "2039-02-01");
        for (String wijze : CatalogiStub.AFLEIDINGSWIJZEN) {
            Map<String, Object> body = new HashMap<>(zaak("a", bron));
            if ("hoofdzaak".equals(wijze)) {
                body.put("hoofdzaak", hoofd);
            }
            if ("gerelateerde_zaak".equals(wijze)) {
                body.put("relevanteAndereZaken", List.of(Map.of("url", gerelateerd, "aardRelatie", "vervolg")));
            }
            if ("ander_datumkenmerk".equals(wijze)) {
                body.put("archiefactiedatum", "2050-01-01");
            }
            String zaak = create("alles", body);
            as("alles").body(Map.of("zaak", zaak, "eigenschap", CatalogiStub.url("eigenschappen", "vervaldatum"),
                    "waarde", "2030-01-15")).post(path(zaak) + "/zaakeigenschappen").then().statusCode(201);
            as("alles").body(Map.of("zaak", zaak, "objectType", "overige", "objectTypeOverige", "vergunning",
                    "objectIdentificatie", Map.of("overigeData", Map.of("vervaldatum", "2029-02-01"))))
                    .post("/zaken/api/v1/zaakobjecten").then().statusCode(201);
            resultaat(zaak, "r-" + wijze);
            status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
            String datum = as("alles").get(path(zaak)).then().extract().path("archiefactiedatum");
            assertThat(datum).as(wijze).isEqualTo("ander_datumkenmerk".equals(wijze) ? "2050-01-01" : expected.get(wijze));
        }
        // zaakobject: the datumkenmerk of the object the zaakobject's URL names (here of an allowed external source)
        String metObject = create("alles", zaak("a", bron));
        as("alles").body(Map.of("zaak", metObject, "objectType", "overige", "objectTypeOverige", "vergunning",
                        "object", CatalogiStub.communicatiekanaal("object-met-datum")))
                .post("/zaken/api/v1/zaakobjecten").then().statusCode(201);
        resultaat(metObject, "r-zaakobject");
        status("alles", metObject, "s2", "2026-06-30T12:00:00Z");
        as("alles").get(path(metObject)).then().body("archiefactiedatum", org.hamcrest.Matchers.equalTo("2041-03-01"));
        // no archiefactietermijn: no date (zrc-021)
        String zonder = create("alles", zaak("a", bron));
        resultaat(zonder, "r-zonder-termijn");
        status("alles", zonder, "s2", "2026-06-30T12:00:00Z");
        as("alles").get(path(zonder)).then().body("archiefactiedatum", nullValue())
                .body("archiefnominatie", equalTo("vernietigen"));
    }

    /** zrc-021: the inputs on the zaak itself count too (here relevanteAndereZaken, gerelateerde_zaak). */
    @Test
    void aClosedZaakWhoseRelatedZakenChangeIsDerivedAgain() {
        String bron = rsin();
        String eerste = gesloten(bron, "2026-05-01T12:00:00Z");
        String tweede = gesloten(bron, "2026-08-01T12:00:00Z");
        Map<String, Object> body = new HashMap<>(zaak("a", bron));
        body.put("relevanteAndereZaken", List.of(Map.of("url", eerste, "aardRelatie", "vervolg")));
        String zaak = create("alles", body);
        resultaat(zaak, "r-gerelateerde_zaak");
        status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2036-05-01"));
        as("alles").body(Map.of("relevanteAndereZaken", List.of(Map.of("url", tweede, "aardRelatie", "vervolg"))))
                .patch(path(zaak)).then().statusCode(200).body("archiefactiedatum", equalTo("2036-08-01"));
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2036-08-01"));
    }

    /** gerelateerde_zaak follows the related zaak when that one closes or reopens after this one closed. */
    @Test
    void aClosedZaakFollowsARelatedZaakThatClosesLater() {
        String bron = rsin();
        String gerelateerd = create("alles", zaak("a", bron));
        Map<String, Object> body = new HashMap<>(zaak("a", bron));
        // named in another spelling (upper-case UUID): stored, and so found, as this API writes it
        String anders = gerelateerd.substring(0, gerelateerd.lastIndexOf('/') + 1)
                + gerelateerd.substring(gerelateerd.lastIndexOf('/') + 1).toUpperCase();
        body.put("relevanteAndereZaken", List.of(Map.of("url", anders, "aardRelatie", "vervolg")));
        String zaak = create("alles", body);
        as("alles").get(path(zaak)).then().body("relevanteAndereZaken[0].url", equalTo(gerelateerd));
        resultaat(zaak, "r-gerelateerde_zaak");
        status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
        as("alles").get(path(zaak)).then().body("archiefactiedatum", nullValue()); // no brondatum yet
        resultaat(gerelateerd, "r-afgehandeld");
        status("alles", gerelateerd, "s2", "2026-09-01T12:00:00Z");
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2036-09-01"));
        status("alles", gerelateerd, "s1", "2026-09-02T12:00:00Z"); // reopened
        as("alles").get(path(zaak)).then().body("archiefactiedatum", nullValue());
    }

    @Test
    void aChangedEigenschapOfAClosedZaakIsDerivedAgain() {
        String zaak = create("alles", zaak("a", rsin()));
        String eigenschap = as("alles").body(Map.of("zaak", zaak, "eigenschap", CatalogiStub.url("eigenschappen",
                "vervaldatum"), "waarde", "2030-01-15")).post(path(zaak) + "/zaakeigenschappen").then()
                .statusCode(201).body("naam", equalTo("vervaldatum")).extract().path("url");
        resultaat(zaak, "r-eigenschap");
        status("alles", zaak, "s2", "2026-06-30T12:00:00Z");
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2040-01-15"))
                .body("eigenschappen", contains(eigenschap));
        as("alles").body(Map.of("waarde", "2031-02-01")).patch(path(eigenschap)).then().statusCode(200);
        as("alles").get(path(zaak)).then().body("archiefactiedatum", equalTo("2041-02-01"));
    }
}
