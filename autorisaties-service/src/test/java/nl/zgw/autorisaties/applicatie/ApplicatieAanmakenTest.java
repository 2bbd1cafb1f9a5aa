package nl.zgw.autorisaties.applicatie;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.autorisaties.AutorisatiesTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ApplicatieAanmakenTest extends AutorisatiesTest {

    private static final String APPLICATIES = API + "/applicaties";

    @Test
    void applicatieWithZaakAutorisatie() {
        ApplicatieBody body = applicatie();
        asAdmin().body(body).post(APPLICATIES).then().statusCode(201)
                .header("Location", startsWith("http://localhost:8005/autorisaties/api/v1/applicaties/"))
                .body("url", startsWith("http://localhost:8005/autorisaties/api/v1/applicaties/"))
                .body("clientIds", equalTo(body.clientIds()))
                .body("label", equalTo("Zaaksysteem"))
                .body("heeftAlleAutorisaties", equalTo(false))
                .body("alleenIsGereedVoorPublicatie", equalTo(false))
                .body("autorisaties[0].component", equalTo("zrc"))
                .body("autorisaties[0].componentWeergave", equalTo("Zaken API"))
                .body("autorisaties[0].scopes", containsInAnyOrder("zaken.lezen", "zaken.aanmaken"))
                .body("autorisaties[0].zaaktype", equalTo(ZAAKTYPE))
                .body("autorisaties[0].maxVertrouwelijkheidaanduiding", equalTo("zaakvertrouwelijk"))
                .body("autorisaties[0]", not(hasKey("besluittype")));
    }

    @Test
    void applicatieWithAlleAutorisaties() {
        asAdmin().body(applicatie().with("heeftAlleAutorisaties", true).with("autorisaties", List.of()))
                .post(APPLICATIES).then().statusCode(201).body("heeftAlleAutorisaties", equalTo(true));
    }

    @Test
    void fieldsOfOtherComponentsAreNotKept() {
        Map<String, Object> ztc = autorisatie("ztc", "catalogi.lezen");
        ztc.put("zaaktype", ZAAKTYPE);
        asAdmin().body(applicatie().autorisaties(ztc)).post(APPLICATIES).then().statusCode(201)
                .body("autorisaties[0]", not(hasKey("zaaktype")));
    }

    @Test
    void clientIdOfAnotherApplicatieIsRefused_ac001() {
        String taken = applicatie().clientIds().get(0);
        create(applicatie().clientIds(taken));
        assertValidatieFout(asAdmin().body(applicatie().clientIds(uniqueClientId(), taken)).post(APPLICATIES).then(),
                "clientIds", "clientId-exists");
    }

    @Test
    void clientIdTwiceInOneApplicatieIsRefused() {
        String id = uniqueClientId();
        assertValidatieFout(asAdmin().body(applicatie().clientIds(id, id)).post(APPLICATIES).then(),
                "clientIds", "clientId-exists");
    }

    @Test
    void bothAlleAutorisatiesAndAutorisatiesIsAmbiguous_ac002() {
        assertValidatieFout(asAdmin().body(applicatie().with("heeftAlleAutorisaties", true)).post(APPLICATIES).then(),
                "nonFieldErrors", "ambiguous-authorizations-specified");
    }

    @Test
    void neitherAlleAutorisatiesNorAutorisatiesIsMissing_ac002() {
        assertValidatieFout(asAdmin().body(applicatie().with("autorisaties", List.of())).post(APPLICATIES).then(),
                "nonFieldErrors", "missing-authorizations");
    }

    @Test
    void zakenScopesNeedZaaktypeAndMaximum_ac003() {
        assertFout(asAdmin().body(applicatie().autorisaties(autorisatie("zrc", "zaken.lezen"))).post(APPLICATIES).then(),
                400, "invalid")
                .body("invalidParams.name", containsInAnyOrder("autorisaties.0.zaaktype",
                        "autorisaties.0.maxVertrouwelijkheidaanduiding"))
                .body("invalidParams.code", containsInAnyOrder("required", "required"));
    }

    @Test
    void emptyStringsAreAbsent_ac003() {
        // required where the scopes need them
        Map<String, Object> zrc = autorisatie("zrc", "zaken.lezen");
        zrc.put("zaaktype", "");
        zrc.put("maxVertrouwelijkheidaanduiding", "");
        assertFout(asAdmin().body(applicatie().autorisaties(zrc)).post(APPLICATIES).then(), 400, "invalid")
                .body("invalidParams.name", containsInAnyOrder("autorisaties.0.zaaktype",
                        "autorisaties.0.maxVertrouwelijkheidaanduiding"))
                .body("invalidParams.code", containsInAnyOrder("required", "required"));
        // ignored where they do not
        Map<String, Object> audit = autorisatie("zrc", "audittrails.lezen");
        audit.put("zaaktype", "");
        audit.put("informatieobjecttype", "");
        audit.put("maxVertrouwelijkheidaanduiding", "");
        Map<String, Object> ztc = autorisatie("ztc", "catalogi.lezen");
        ztc.put("zaaktype", "");
        ztc.put("besluittype", "");
        asAdmin().body(applicatie().autorisaties(audit, ztc)).post(APPLICATIES).then().statusCode(201)
                .body("autorisaties[0]", not(hasKey("zaaktype")))
                .body("autorisaties[0]", not(hasKey("maxVertrouwelijkheidaanduiding")));
    }

    @Test
    void documentenScopesNeedInformatieobjecttypeAndMaximum_ac003() {
        assertFout(asAdmin().body(applicatie().autorisaties(zrc("zaken.lezen"), autorisatie("drc", "documenten.lezen")))
                .post(APPLICATIES).then(), 400, "invalid")
                .body("invalidParams.name", containsInAnyOrder("autorisaties.1.informatieobjecttype",
                        "autorisaties.1.maxVertrouwelijkheidaanduiding"));
    }

    @Test
    void besluitenScopesNeedBesluittype_ac003() {
        assertValidatieFout(asAdmin().body(applicatie().autorisaties(autorisatie("brc", "besluiten.lezen")))
                .post(APPLICATIES).then(), "autorisaties.0.besluittype", "required");
    }

    @Test
    void auditTrailScopeAloneNeedsNoType() {
        asAdmin().body(applicatie().autorisaties(autorisatie("zrc", "audittrails.lezen"))).post(APPLICATIES)
                .then().statusCode(201);
    }

    @Test
    void aScopeOfAnotherComponentIsTakenAnUnknownOneRefused_ac003b() {
        // VNG's ac-003b: zrc with notificaties.publiceren and "" for the zaaktype fields
        Map<String, Object> zrc = autorisatie("zrc", "notificaties.publiceren");
        zrc.put("zaaktype", "");
        zrc.put("maxVertrouwelijkheidaanduiding", "");
        asAdmin().body(applicatie().autorisaties(zrc)).post(APPLICATIES).then().statusCode(201);
        assertValidatieFout(asAdmin().body(applicatie().autorisaties(autorisatie("ztc", "zaken.vliegen")))
                .post(APPLICATIES).then(), "autorisaties.0.scopes", "invalid_choice");
    }

    @Test
    void unknownComponentIsAnInvalidChoice() {
        assertValidatieFout(asAdmin().body(applicatie().autorisaties(autorisatie("xyz", "zaken.lezen")))
                .post(APPLICATIES).then(), "autorisaties.0.component", "invalid_choice");
    }

    @Test
    void zaaktypeMustBeAUrl() {
        Map<String, Object> zrc = zrc("zaken.lezen");
        zrc.put("zaaktype", "geen url");
        assertValidatieFout(asAdmin().body(applicatie().autorisaties(zrc)).post(APPLICATIES).then(),
                "autorisaties.0.zaaktype", "invalid");
    }

    @Test
    void unknownMaximumIsAnInvalidChoice() {
        Map<String, Object> zrc = zrc("zaken.lezen");
        zrc.put("maxVertrouwelijkheidaanduiding", "supergeheim");
        assertValidatieFout(asAdmin().body(applicatie().autorisaties(zrc)).post(APPLICATIES).then(),
                "autorisaties.0.maxVertrouwelijkheidaanduiding", "invalid_choice");
    }

    @Test
    void labelIsRequired() {
        ApplicatieBody body = applicatie();
        body.remove("label");
        assertValidatieFout(asAdmin().body(body).post(APPLICATIES).then(), "label", "required");
    }

    @Test
    void clientIdLongerThan50IsRefused() {
        assertValidatieFout(asAdmin().body(applicatie().clientIds("x".repeat(51))).post(APPLICATIES).then(),
                "clientIds.0", "max_length");
    }

    @Test
    void readerMayNotCreate() {
        assertFout(as("test-reader").body(applicatie()).post(APPLICATIES).then(), 403, "permission_denied");
    }

    @Test
    void withoutTokenIs401() {
        assertFout(io.restassured.RestAssured.given().contentType("application/json").body(applicatie())
                .post(APPLICATIES).then(), 401, "not_authenticated");
    }
}
