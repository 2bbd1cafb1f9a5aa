package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKNUMMER_RESERVEREN;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Zaaknummers reserveren: each number is handed out once and used by one zaak at most, ever. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaaknummerReserverenTest {

    @Test
    void reservedZaaknummersAreUsedOnceAndNeverHandedOutAgain() {
        String bron = rsin();
        int jaarVoor = LocalDate.now().getYear();
        List<String> nummers = as("behandelaar").body(Map.of("bronorganisatie", bron, "aantal", 2))
                .post(ZAAKNUMMER_RESERVEREN).then().statusCode(201)
                .extract().jsonPath().getList("zaaknummer");
        int jaarNa = LocalDate.now().getYear();
        // numbers of this year: the year the request was sent, or the next one when it crossed New Year's midnight
        assertThat(nummers).hasSize(2).allMatch(n -> n.matches("ZAAK-\\d{4}-\\d{10}"));
        String jaar = nummers.get(0).substring("ZAAK-".length(), "ZAAK-".length() + 4);
        assertThat(Integer.parseInt(jaar)).isBetween(jaarVoor, jaarNa);
        assertThat(nummers).containsExactly("ZAAK-" + jaar + "-0000000001", "ZAAK-" + jaar + "-0000000002");
        // a generated number of that year skips the reserved ones
        Map<String, Object> zelfdeJaar = zaak("a", bron);
        zelfdeJaar.put("startdatum", jaar + "-01-01");
        as("behandelaar").body(zelfdeJaar).post(ZAKEN).then().statusCode(201)
                .body("identificatie", equalTo("ZAAK-" + jaar + "-0000000003"));
        Map<String, Object> body = zaak("a", bron);
        body.put("identificatie", nummers.get(0));
        String url = create("behandelaar", body);
        assertValidatieFout(as("behandelaar").body(body).post(ZAKEN).then(), "identificatie", "identificatie-niet-uniek");
        as("behandelaar").delete(path(url)).then().statusCode(204);
        // used once: not again after its zaak is gone
        assertValidatieFout(as("behandelaar").body(body).post(ZAKEN).then(), "identificatie", "identificatie-niet-uniek");
        assertValidatieFout(as("behandelaar").body(Map.of("bronorganisatie", "123456789"))
                .post(ZAAKNUMMER_RESERVEREN).then(), "bronorganisatie", "invalid");
        assertFout(as("beperkt").body(Map.of("bronorganisatie", bron)).post(ZAAKNUMMER_RESERVEREN)
                .then(), 403, "permission_denied");
    }
}
