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
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.aanvrager;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.bsn;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.natuurlijkPersoon;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rol;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Rollen opvragen: by their betrokkeneIdentificatie, and zaken by their rollen. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class RollenOpvragenTest {

    @Test
    void aRolIsFoundByItsIdentificatieAndSoIsItsZaak() {
        String bsn = bsn();
        String zaak = create("alles", zaak("a", rsin()));
        String rol = as("alles").body(rol(zaak, natuurlijkPersoon(bsn))).post(ROLLEN).then().statusCode(201)
                .extract().path("url");
        as("alles").queryParam("betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn).get(ROLLEN).then()
                .body("results.url", contains(rol));
        as("alles").queryParam("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn).get(ZAKEN).then()
                .body("results.url", contains(zaak));
        as("alles").body(Map.of("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn,
                "rol__omschrijvingGeneriek", "initiator")).post(ZAKEN + "/_zoek").then().body("results.url", contains(zaak));
        as("alles").body(Map.of("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn,
                "rol__omschrijvingGeneriek", "behandelaar")).post(ZAKEN + "/_zoek").then().body("count", equalTo(0));
    }

    @Test
    void theZaakFilterIsAUrl() {
        assertValidatieFout(as("alles").queryParam("zaak", "geen url").get(ROLLEN).then(), "zaak", "invalid");
    }

    @Test
    void aRolThatDoesNotExistIsNotFound() {
        assertFout(as("alles").get(onbekend(ROLLEN)).then(), 404, "not_found");
        // HEAD: the status only, a HEAD answer has no body
        as("alles").head(onbekend(ROLLEN)).then().statusCode(404);
    }

    /** zrc-027: an attribute that is not there cannot be expanded. */
    @Test
    void aRolExpandsOnlyItsOwnFields() {
        String rol = aanvrager(create("alles", zaak("a", rsin())));
        as("alles").queryParam("expand", "roltype").get(path(rol)).then().statusCode(200)
                .body("_expand.roltype.omschrijving", equalTo("Aanvrager"));
        assertFout(as("alles").queryParam("expand", "bestaatniet").get(path(rol)).then(), 404, "not_found");
    }

    @Test
    void aRolOfAZaakTheClientMayNotReadIsRefused() {
        String rol = aanvrager(create("alles", zaak("a", rsin(), "geheim")));
        assertFout(as("beperkt").get(path(rol)).then(), 403, "permission_denied");
        // HEAD: the status only, a HEAD answer has no body
        as("beperkt").head(path(rol)).then().statusCode(403);
        as("alles").head(path(rol)).then().statusCode(200);
    }
}
