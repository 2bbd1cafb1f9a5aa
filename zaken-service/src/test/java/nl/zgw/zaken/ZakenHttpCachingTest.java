package nl.zgw.zaken;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

/**
 * HTTP caching as the standard asks of every detail: an ETag on GET, the same ETag and no body on
 * HEAD, 304 for a matching If-None-Match, and a new ETag once the resource changed.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZakenHttpCachingTest {

    private static final String API = "/zaken/api/v1";

    @Test
    void aZaakAndWhatLivesInItAreCacheable() {
        String zaak = create("alles", zaak("a", rsin()));
        String status = as("alles").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-02T10:00:00Z")).post(API + "/statussen").then().statusCode(201)
                .extract().path("url");
        for (String url : new String[]{zaak, status}) {
            String etag = as("alles").get(path(url)).then().statusCode(200).extract().header("ETag");
            assertThat(etag).as(url).matches("\"[^\"]+\"");
            as("alles").head(path(url)).then().statusCode(200).header("ETag", equalTo(etag)).body(emptyString());
            as("alles").header("If-None-Match", etag).get(path(url)).then().statusCode(304).body(emptyString());
            as("alles").header("If-None-Match", "\"iets-anders\"").get(path(url)).then().statusCode(200);
        }

        String before = as("alles").get(path(zaak)).then().extract().header("ETag");
        as("alles").body(Map.of("omschrijving", "Gewijzigd")).patch(path(zaak)).then().statusCode(200);
        String after = as("alles").get(path(zaak)).then().extract().header("ETag");
        assertThat(after).isNotEqualTo(before);
        as("alles").header("If-None-Match", before).get(path(zaak)).then().statusCode(200)
                .body("omschrijving", equalTo("Gewijzigd"));
    }
}
