package nl.zgw.documenten.informatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.create;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class DocumentDownloadenTest {

    private static final byte[] INHOUD = "0123456789abcdefghij".getBytes(StandardCharsets.UTF_8);

    @Test
    void theContentComesWithItsTypeSizeNameAndAnEtag() {
        String url = create("behandelaar", document("a", INHOUD));
        String etag = as("behandelaar").get(path(url) + "/download").then().statusCode(200)
                .header("Content-Type", startsWith("text/plain"))
                .header("Content-Length", String.valueOf(INHOUD.length))
                .header("Content-Disposition", startsWith("attachment; filename=\"besluit.txt\""))
                .header("Accept-Ranges", "bytes")
                .extract().header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        as("behandelaar").header("If-None-Match", etag).get(path(url) + "/download").then().statusCode(304);
    }

    @Test
    void aRangeIsAnsweredWithThosePartsOnly() {
        String url = create("behandelaar", document("a", INHOUD));
        assertThat(as("behandelaar").header("Range", "bytes=2-5").get(path(url) + "/download").then().statusCode(206)
                .header("Content-Range", "bytes 2-5/20").header("Content-Length", "4")
                .extract().asString()).isEqualTo("2345");
        assertThat(as("behandelaar").header("Range", "bytes=15-").get(path(url) + "/download").then().statusCode(206)
                .header("Content-Range", "bytes 15-19/20").extract().asString()).isEqualTo("fghij");
        assertThat(as("behandelaar").header("Range", "bytes=-3").get(path(url) + "/download").then().statusCode(206)
                .extract().asString()).isEqualTo("hij");
        as("behandelaar").header("Range", "bytes=20-").get(path(url) + "/download").then().statusCode(416)
                .header("Content-Range", "bytes */20");
    }

    @Test
    void aClientDownloadsWhatItMayReadOnly() {
        String url = create("alles", document("b", INHOUD));
        assertFout(as("behandelaar").get(path(url) + "/download").then(), 403, "permission_denied");
        Map<String, Object> vertrouwelijk = document("a", INHOUD);
        vertrouwelijk.put("vertrouwelijkheidaanduiding", "vertrouwelijk");
        String andere = create("behandelaar", vertrouwelijk);
        assertFout(as("lezer").get(path(andere) + "/download").then(), 403, "permission_denied");
        as("behandelaar").get(path(andere) + "/download").then().statusCode(200);
        assertFout(as("behandelaar").get(path(url).replaceAll("[0-9a-f-]{36}$", java.util.UUID.randomUUID().toString())
                + "/download").then(), 404, "not_found");
    }

    @Test
    void theDetailHasAnEtagAndAHead() {
        String url = create("behandelaar", document("a"));
        String etag = as("behandelaar").get(path(url)).then().statusCode(200).extract().header("ETag");
        as("behandelaar").head(path(url)).then().statusCode(200).header("ETag", equalTo(etag));
        as("behandelaar").header("If-None-Match", etag).get(path(url)).then().statusCode(304);
    }
}
