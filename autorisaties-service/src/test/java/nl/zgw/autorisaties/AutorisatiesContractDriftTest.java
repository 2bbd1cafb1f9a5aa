package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.zgw.testsupport.contract.ContractDriftTest;

@QuarkusTest
class AutorisatiesContractDriftTest extends ContractDriftTest {

    @Override
    protected String extract() {
        return "/contract/autorisaties-1.1.0.facts";
    }

    @Override
    protected String basePath() {
        return AutorisatiesTest.API;
    }

    @Override
    protected Map<String, String> acceptedDifferences() {
        String why = "the spec documents consumer as a list, but it answers one applicatie (as the reference "
                + "implementation and Open Zaak do, and as clients expect)";
        return Map.of(
                "response|GET /applicaties/consumer|200|application/json|type=array items=(ref=Applicatie)", why,
                "response|GET /applicaties/consumer|200|application/json|ref=Applicatie", why,
                "response|GET /applicaties/consumer|400|application/problem+json|ref=ValidatieFout",
                "a missing clientId is answered with a ValidatieFout, a response the spec does not list");
    }
}
