package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.STATUSSEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.onbekend;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.status;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.hasSize;

/** Statussen opvragen: lists and details show only what the client may see. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class StatussenOpvragenTest {

    @Test
    void listsShowOnlyWhatTheClientMaySee() {
        String bron = rsin();
        String open = create("alles", zaak("a", bron));
        String dicht = create("alles", zaak("a", bron, "geheim"));
        String andersType = create("alles", zaak("b", bron));
        List<String> statussen = new ArrayList<>();
        for (String zaak : List.of(open, dicht, andersType)) {
            String statustype = zaak.equals(andersType) ? "sb" : "s1";
            statussen.add(status("alles", zaak, statustype, "2026-03-02T10:00:00Z"));
        }
        // beperkt reads openbare zaken of zaaktype A only
        for (String zaak : List.of(open, dicht, andersType)) {
            as("beperkt").queryParam("zaak", zaak).get(STATUSSEN).then()
                    .body("results", hasSize(zaak.equals(open) ? 1 : 0));
        }
        as("beperkt").get(path(statussen.get(0))).then().statusCode(200);
        assertFout(as("beperkt").get(path(statussen.get(1))).then(), 403, "permission_denied");
        assertFout(as("beperkt").get(path(statussen.get(2))).then(), 403, "permission_denied");
        assertValidatieFout(as("alles").queryParam("zaak", "geen url").get(STATUSSEN).then(), "zaak", "invalid");
        assertFout(as("alles").queryParam("onbekend", "1").get(STATUSSEN).then(), 400, "invalid");
    }

    @Test
    void indicatieLaatstGezetteStatusIsTrueOrFalse() {
        assertValidatieFout(as("alles").queryParam("indicatieLaatstGezetteStatus", "misschien").get(STATUSSEN).then(),
                "indicatieLaatstGezetteStatus", "invalid");
    }

    @Test
    void aStatusThatDoesNotExistIsNotFound() {
        assertFout(as("alles").get(onbekend(STATUSSEN)).then(), 404, "not_found");
        // HEAD: the status only, a HEAD answer has no body
        as("alles").head(onbekend(STATUSSEN)).then().statusCode(404);
    }

    @Test
    void theHeadersOfAStatusAreForTheClientsThatMayReadIt() {
        String zaak = create("alles", zaak("a", rsin(), "geheim"));
        String status = status("alles", zaak, "s1", "2026-03-02T10:00:00Z");
        as("alles").head(path(status)).then().statusCode(200);
        // HEAD: the status only, a HEAD answer has no body
        as("beperkt").head(path(status)).then().statusCode(403);
    }
}
