package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.uuid;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Zaken zoeken ({@code POST /zaken/_zoek}): the list filters in a body, plus uuid__in and zaaktype__in. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZakenZoekenTest {

    @Test
    void zoekenTakesTheFiltersInABody() {
        String bron = rsin();
        String a = create("alles", zaak("a", bron));
        String b = create("alles", zaak("b", bron));
        as("alles").body(Map.of("bronorganisatie", bron, "zaaktype__in", List.of(CatalogiStub.zaaktype("b"))))
                .post(ZAKEN + "/_zoek").then().statusCode(200).body("count", equalTo(1)).body("results[0].url", equalTo(b));
        as("alles").body(Map.of("uuid__in", List.of(uuid(a)), "einddatum__isnull", true))
                .post(ZAKEN + "/_zoek").then().statusCode(200).body("results.url", contains(a));
        as("beperkt").body(Map.of("bronorganisatie__in", List.of(bron))).post(ZAKEN + "/_zoek").then()
                .body("count", equalTo(1)).body("results.url", contains(a));
        assertValidatieFout(as("alles").body(Map.of()).post(ZAKEN + "/_zoek").then(), "nonFieldErrors",
                "empty_search_body");
        assertValidatieFout(as("alles").body(Map.of("geometrie", List.of("url"))).post(ZAKEN + "/_zoek").then(),
                "nonFieldErrors", "unknown-parameters");
        assertValidatieFout(as("alles").body(Map.of("uuid__in", List.of("geen-uuid"))).post(ZAKEN + "/_zoek").then(),
                "uuid__in", "invalid");
        assertValidatieFout(as("alles").body(Map.of("uuid__in", "geen-lijst")).post(ZAKEN + "/_zoek").then(),
                "uuid__in", "not_a_list");
        assertValidatieFout(as("alles").body(Map.of("startdatum__gt", "+9999999-01-01")).post(ZAKEN + "/_zoek").then(),
                "startdatum__gt", "invalid");
    }
}
