package nl.zgw.documenten;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.contract.ContractDriftTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
class DocumentenContractDriftTest extends ContractDriftTest {

    @Override
    protected String extract() {
        return "/contract/documenten-1.7.0.facts";
    }

    @Override
    protected String basePath() {
        return "/documenten/api/v1";
    }

    /** Keeps the served document in target/ to read beside the contract when this test fails. */
    @Test
    void servedDocumentIsKeptForReading() throws Exception {
        String json = given().accept("application/json").get(basePath() + "/schema/openapi.json")
                .then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "served-openapi.json"), json);
    }

    @Override
    protected Map<String, String> acceptedDifferences() {
        Map<String, String> accepted = new LinkedHashMap<>();
        return accepted;
    }
}
