package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.deelzaak;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** Zaak aanmaken: its zaaknummer, its vertrouwelijkheid and what a new zaak names (zrc-010, zrc-011, zrc-015). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakAanmakenTest {

    @Test
    void aZaakGetsTheNextZaaknummerAndTheZaaktypesVertrouwelijkheid() {
        String bron = rsin();
        LocalDate voor = LocalDate.now();
        String eerste = as("behandelaar").body(zaak("a", bron)).post(ZAKEN).then().statusCode(201)
                .header("Location", startsWith("http://localhost:8001/zaken/api/v1/zaken/"))
                .body("identificatie", equalTo("ZAAK-2026-0000000001"))
                .body("vertrouwelijkheidaanduiding", equalTo("openbaar"))
                // today: the day the request was sent, or the next one when it crossed midnight
                .body("registratiedatum", anyOf(equalTo(voor.toString()), equalTo(LocalDate.now().toString())))
                .body("archiefstatus", equalTo("nog_te_archiveren"))
                .body("rollen", empty())
                .extract().path("url");
        as("behandelaar").delete(path(eerste)).then().statusCode(204);
        // a number handed out is never handed out again, also not after its zaak is gone
        as("behandelaar").body(zaak("a", bron)).post(ZAKEN).then().statusCode(201)
                .body("identificatie", equalTo("ZAAK-2026-0000000002"));
        as("alles").body(zaak("b", bron)).post(ZAKEN).then().statusCode(201)
                .body("vertrouwelijkheidaanduiding", equalTo("vertrouwelijk"))
                .body("identificatie", matchesPattern("ZAAK-2026-\\d{10}"));
    }

    @Test
    void generatedNumbersContinueAfterNumbersGivenByHand() {
        String bron = rsin();
        for (int n = 1; n <= 2; n++) {
            Map<String, Object> body = zaak("a", bron);
            body.put("identificatie", String.format("ZAAK-2026-%010d", n));
            create("alles", body);
        }
        as("alles").body(zaak("a", bron)).post(ZAKEN).then().statusCode(201)
                .body("identificatie", equalTo("ZAAK-2026-0000000003"));
    }

    @Test
    void anIdentificatieIsUniquePerBronorganisatie() {
        String bron = rsin();
        Map<String, Object> body = zaak("a", bron);
        body.put("identificatie", "EIGEN-" + UUID.randomUUID().toString().substring(0, 8));
        create("behandelaar", body);
        assertValidatieFout(as("behandelaar").body(body).post(ZAKEN).then(), "identificatie", "identificatie-niet-uniek");
        body.put("bronorganisatie", rsin());
        body.put("verantwoordelijkeOrganisatie", body.get("bronorganisatie"));
        create("behandelaar", body);
    }

    @Test
    void theZaaktypeIsAPublishedZaaktype() {
        assertValidatieFout(as("alles").body(zaak("concept", rsin())).post(ZAKEN).then(), "zaaktype", "not-published");
        assertValidatieFout(as("alles").body(zaak("bestaat-niet", rsin())).post(ZAKEN).then(), "zaaktype", "bad-url");
        assertValidatieFout(as("alles").body(zaak("geen-zaaktype", rsin())).post(ZAKEN).then(), "zaaktype",
                "invalid-resource");
        // zrc-001: a resource of the suite that answers 200 but is no zaaktype
        Map<String, Object> statustype = zaak("a", rsin());
        statustype.put("zaaktype", CatalogiStub.url("statustypen", "s1"));
        assertValidatieFout(as("alles").body(statustype).post(ZAKEN).then(), "zaaktype", "invalid-resource");
        statustype.put("zaaktype", CatalogiStub.url("statustypen", "bestaat-niet"));
        assertValidatieFout(as("alles").body(statustype).post(ZAKEN).then(), "zaaktype", "bad-url");
        // ... or of an allowed external source (VNG's zrc-001e points at a mock answering 200)
        statustype.put("zaaktype", CatalogiStub.communicatiekanaal("telefoon"));
        assertValidatieFout(as("alles").body(statustype).post(ZAKEN).then(), "zaaktype", "invalid-resource");
        Map<String, Object> elders = zaak("a", rsin());
        elders.put("zaaktype", "https://elders.example/catalogi/api/v1/zaaktypen/a");
        assertValidatieFout(as("alles").body(elders).post(ZAKEN).then(), "zaaktype", "bad-url");
        Map<String, Object> kapot = zaak("a", rsin());
        kapot.put("zaaktype", "geen url");
        assertValidatieFout(as("alles").body(kapot).post(ZAKEN).then(), "zaaktype", "invalid");
        Map<String, Object> bron = zaak("a", rsin());
        bron.put("bronorganisatie", "123456789"); // nine digits, but not an RSIN (eleven test)
        assertValidatieFout(as("alles").body(bron).post(ZAKEN).then(), "bronorganisatie", "invalid");
        Map<String, Object> product = zaak("a", rsin());
        product.put("productenOfDiensten", List.of("https://producten.example/1"));
        assertValidatieFout(as("alles").body(product).post(ZAKEN).then(), "productenOfDiensten",
                "invalid-products-services");
        Map<String, Object> betaald = zaak("a", rsin());
        betaald.put("laatsteBetaaldatum", "2999-01-01T00:00:00Z");
        assertValidatieFout(as("alles").body(betaald).post(ZAKEN).then(), "laatsteBetaaldatum", "future_not_allowed");
    }

    @Test
    void aClientCreatesZakenOnlyOfTheTypesAndLevelsItMay() {
        String bron = rsin();
        assertFout(as("beperkt").body(zaak("a", bron)).post(ZAKEN).then(), 403, "permission_denied");
        assertFout(as("behandelaar").body(zaak("b", bron)).post(ZAKEN).then(), 403, "permission_denied");
    }

    @Test
    void communicatiekanaalAndRelevanteAndereZakenMustExist() {
        String bron = rsin();
        String ander = create("alles", zaak("a", bron));
        Map<String, Object> body = zaak("a", bron);
        body.put("communicatiekanaal", CatalogiStub.communicatiekanaal("telefoon"));
        body.put("relevanteAndereZaken", List.of(Map.of("url", ander, "aardRelatie", "vervolg")));
        create("alles", body);
        body.put("communicatiekanaal", CatalogiStub.communicatiekanaal("fax"));
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "communicatiekanaal", "bad-url");
        body.put("communicatiekanaal", "http://169.254.169.254/latest/meta-data/"); // never fetched
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "communicatiekanaal", "bad-url");
        body.put("communicatiekanaal", CatalogiStub.communicatiekanaal("vorm"));
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "communicatiekanaal", "invalid-resource");
        body.remove("communicatiekanaal");
        body.put("relevanteAndereZaken", List.of(Map.of("url", ander, "aardRelatie", "vervolg"),
                Map.of("url", ander.substring(0, ander.lastIndexOf('/') + 1) + UUID.randomUUID(), "aardRelatie", "bijdrage")));
        assertValidatieFout(as("alles").body(body).post(ZAKEN).then(), "relevanteAndereZaken.1.url", "bad-url");
        // nothing to pay, so no date it was paid
        Map<String, Object> nvt = new HashMap<>(zaak("a", rsin()));
        nvt.put("betalingsindicatie", "nvt");
        nvt.put("laatsteBetaaldatum", "2026-03-01T10:00:00Z");
        assertValidatieFout(as("alles").body(nvt).post(ZAKEN).then(), "laatsteBetaaldatum", "betaling-nvt");
    }

    @Test
    void aDeelzaakShowsOnItsHoofdzaakAndIsNoHoofdzaakItself() {
        String bron = rsin();
        String hoofd = create("alles", zaak("a", bron));
        String deelUrl = create("alles", deelzaak("a", bron, hoofd));
        as("alles").get(path(hoofd)).then().body("deelzaken", contains(deelUrl));
        assertValidatieFout(as("alles").body(deelzaak("a", bron, deelUrl)).post(ZAKEN).then(), "hoofdzaak",
                "deelzaak-als-hoofdzaak");
    }
}
