package nl.zgw.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Switches the contract drift check on for a service: a {@code @QuarkusTest} subclass names the
 * committed extract (under {@code src/test/resources}) and the test fails with every difference
 * between it and the OpenAPI document the service serves.
 */
public abstract class ContractDriftTest {

    /** Classpath resource of the extract, e.g. {@code /contract/zaken-1.7.0.facts}. */
    protected abstract String extract();

    /** The service's base path, e.g. {@code /zaken/api/v1}. */
    protected abstract String basePath();

    /** Fact kinds not (yet) compared, e.g. {@code "response"}; none by default. */
    protected String[] ignoredKinds() {
        return new String[0];
    }

    /**
     * Single facts (as in the report, without the leading {@code -}/{@code +}) that knowingly differ,
     * each with the reason; every entry must still occur, so a stale one fails the test too.
     */
    protected Map<String, String> acceptedDifferences() {
        return Map.of();
    }

    @Test
    void servedDocumentMatchesTheContract() throws Exception {
        SortedSet<String> contract;
        try (InputStream in = getClass().getResourceAsStream(extract())) {
            assertThat(in).as("extract %s on the test classpath", extract()).isNotNull();
            contract = ContractDrift.readExtract(in);
        }
        String json = given().accept("application/json").get(basePath() + "/schema/openapi.json")
                .then().statusCode(200).extract().asString();
        // kept to read beside the contract when this test fails
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "served-openapi.json"), json);
        JsonNode served = new ObjectMapper().readTree(json);
        ContractDrift drift = ContractDrift.compare(contract, served, basePath()).ignoring(ignoredKinds());
        Set<String> differences = new HashSet<>(drift.missing());
        differences.addAll(drift.unexpected());
        assertThat(differences).as("accepted differences that no longer occur").containsAll(acceptedDifferences().keySet());
        SortedSet<String> missing = new TreeSet<>(drift.missing());
        SortedSet<String> unexpected = new TreeSet<>(drift.unexpected());
        missing.removeAll(acceptedDifferences().keySet());
        unexpected.removeAll(acceptedDifferences().keySet());
        ContractDrift remaining = new ContractDrift(missing, unexpected);
        assertThat(remaining.isEmpty()).as(remaining.report()).isTrue();
    }
}
