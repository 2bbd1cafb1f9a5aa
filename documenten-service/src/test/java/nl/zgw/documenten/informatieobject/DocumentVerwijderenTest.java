package nl.zgw.documenten.informatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.create;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.lock;
import static nl.zgw.documenten.DocumentenApi.opgeslagenBestanden;
import static nl.zgw.documenten.DocumentenApi.outbox;
import static nl.zgw.documenten.DocumentenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class DocumentVerwijderenTest {

    @Inject
    DataSource dataSource;

    @Test
    void aDeletedDocumentTakesEveryVersionsContentWithIt() throws Exception { // drc-008: no soft deletes
        long voor = opgeslagenBestanden();
        String url = create("behandelaar", document("a", "een".getBytes(StandardCharsets.UTF_8)));
        String lock = lock("behandelaar", url);
        as("behandelaar").body(Map.of("inhoud", java.util.Base64.getEncoder().encodeToString("twee".getBytes()),
                "bestandsomvang", 4, "lock", lock)).patch(path(url)).then().statusCode(200);
        assertThat(opgeslagenBestanden()).isEqualTo(voor + 2);
        assertValidatieFout(as("behandelaar").delete(path(url)).then(), "nonFieldErrors", "destroy-locked");
        as("behandelaar").body(Map.of("lock", lock)).post(path(url) + "/unlock").then().statusCode(204);
        as("behandelaar").delete(path(url)).then().statusCode(204);
        assertFout(as("behandelaar").get(path(url)).then(), 404, "not_found");
        assertFout(as("behandelaar").get(path(url) + "/download").then(), 404, "not_found");
        assertThat(opgeslagenBestanden()).isEqualTo(voor);
        assertThat(outbox(dataSource, url)).last().asString().contains("\"actie\":\"destroy\"");
    }

    @Test
    void aDocumentWithRelationsStays() throws Exception {
        String url = create("behandelaar", document("a"));
        UUID uuid = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO objectinformatieobject (uuid, informatieobject, object, object_type) VALUES (?, ?, ?, 'zaak')")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, uuid);
            ps.setString(3, "http://localhost:8001/zaken/api/v1/zaken/" + UUID.randomUUID());
            ps.executeUpdate();
        }
        assertValidatieFout(as("behandelaar").delete(path(url)).then(), "nonFieldErrors", "pending-relations");
        as("behandelaar").get(path(url)).then().statusCode(200);
    }

    @Test
    void aClientDeletesDocumentsOfItsTypesOnly() {
        String url = create("alles", document("b"));
        assertFout(as("behandelaar").delete(path(url)).then(), 403, "permission_denied");
        as("alles").get(path(url)).then().statusCode(200);
        assertFout(as("behandelaar").delete(path(url).replaceAll("[0-9a-f-]{36}$", UUID.randomUUID().toString())).then(),
                404, "not_found");
    }
}
