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
import static nl.zgw.zaken.ZakenApi.ROLLEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.bsn;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.gesloten;
import static nl.zgw.zaken.ZakenApi.natuurlijkPersoon;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rol;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** Een rol toevoegen aan een zaak: its roltype, its betrokkene and who may add it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class RolToevoegenTest {

    private static final String BETROKKENE = "https://personen.example/api/v1/ingeschrevenpersonen/1";

    @Test
    void aRolTakesTheShapeOfItsBetrokkeneType() {
        String bsn = bsn();
        String zaak = create("alles", zaak("a", rsin()));
        String rol = as("alles").body(rol(zaak, natuurlijkPersoon(bsn))).post(ROLLEN).then().statusCode(201)
                .body("omschrijving", equalTo("Aanvrager")).body("omschrijvingGeneriek", equalTo("initiator"))
                .body("betrokkeneIdentificatie.inpBsn", equalTo(bsn)).body("statussen", empty())
                .extract().path("url");
        as("alles").get(path(zaak)).then().body("rollen", contains(rol));

        assertValidatieFout(as("alles").body(rol(zaak, null)).post(ROLLEN).then(), "nonFieldErrors",
                "invalid-betrokkene");
        assertValidatieFout(as("alles").body(rol(zaak, Map.of("inpBsn", "1234567890"))).post(ROLLEN).then(),
                "betrokkeneIdentificatie.inpBsn", "max_length");
        assertValidatieFout(as("alles").body(rol(zaak, Map.of("verblijfsadres", Map.of("aoaIdentificatie", "1",
                "aoaHuisnummer", 3, "gorOpenbareRuimteNaam", "Straat"))))
                .post(ROLLEN).then(), "betrokkeneIdentificatie.verblijfsadres.wplWoonplaatsNaam", "required");
        Map<String, Object> vreemd = rol(zaak, Map.of("inpBsn", "1"));
        vreemd.put("betrokkeneType", "robot");
        assertValidatieFout(as("alles").body(vreemd).post(ROLLEN).then(), "betrokkeneType", "invalid_choice");
    }

    /** A betrokkene is not fetched, but it is a URL. */
    @Test
    void theBetrokkeneIsAUrl() {
        String zaak = create("alles", zaak("a", rsin()));
        Map<String, Object> rol = rol(zaak, null);
        rol.put("betrokkene", "geen url");
        assertValidatieFout(as("alles").body(rol).post(ROLLEN).then(), "betrokkene", "invalid");
        rol.put("betrokkene", BETROKKENE);
        as("alles").body(rol).post(ROLLEN).then().statusCode(201);
    }

    @Test
    void aClientAddsRollenOnlyToZakenOfItsTypesAndLevels() {
        String bron = rsin();
        // behandelaar: zaken of zaaktype A up to vertrouwelijk
        Map<String, Object> anderType = rol(create("alles", zaak("b", bron)), null);
        anderType.put("betrokkene", BETROKKENE);
        assertFout(as("behandelaar").body(anderType).post(ROLLEN).then(), 403, "permission_denied");
        Map<String, Object> geheim = rol(create("alles", zaak("a", bron, "geheim")), null);
        geheim.put("betrokkene", BETROKKENE);
        assertFout(as("behandelaar").body(geheim).post(ROLLEN).then(), 403, "permission_denied");
        as("alles").body(geheim).post(ROLLEN).then().statusCode(201);
    }

    /** zrc-007: a closed zaak gets a new rol only with zaken.geforceerd-bijwerken. */
    @Test
    void aClosedZaakGetsARolOnlyWithGeforceerdBijwerken() {
        Map<String, Object> rol = rol(gesloten(rsin(), "2026-03-04T10:00:00Z"), null);
        rol.put("betrokkene", BETROKKENE);
        assertFout(as("heropener").body(rol).post(ROLLEN).then(), 403, "permission_denied");
        as("corrector").body(rol).post(ROLLEN).then().statusCode(201);
    }
}
