package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.contract.ContractDriftTest;

import java.util.LinkedHashMap;
import java.util.Map;

@QuarkusTest
class NotificatiesContractDriftTest extends ContractDriftTest {

    @Override
    protected String extract() {
        return "/contract/notificaties-1.0.1.facts";
    }

    @Override
    protected String basePath() {
        return "/notificaties/api/v1";
    }

    @Override
    protected Map<String, String> acceptedDifferences() {
        Map<String, String> accepted = new LinkedHashMap<>();
        String secret = "the Authorization value an abonnement sends is a secret: accepted on write, never "
                + "returned (writeOnly), and bounded like every stored string (1000)";
        accepted.put("property|Abonnement.auth|type=string", secret);
        accepted.put("property|Abonnement.auth|type=string writeOnly maxLength=1000", secret);
        String bounded = "stored strings are bounded; the specification leaves these open";
        accepted.put("property|Abonnement.callbackUrl|type=string format=uri", bounded);
        accepted.put("property|Abonnement.callbackUrl|type=string format=uri maxLength=1000", bounded);
        accepted.put("property|FilterGroup.naam|type=string", bounded);
        accepted.put("property|FilterGroup.naam|type=string maxLength=50", bounded);
        String errors = "the API answers these errors in the ZGW problem format, as every operation does; "
                + "the specification does not document them here";
        accepted.put("response|GET /abonnement|400|application/problem+json|ref=ValidatieFout", errors);
        for (String code : new String[] {"401", "403", "406", "409", "410", "415", "429", "500"}) {
            accepted.put("response|POST /notificaties|" + code + "|application/problem+json|ref=Fout", errors);
        }
        accepted.put("response|POST /notificaties|400|application/problem+json|ref=ValidatieFout", errors);
        return accepted;
    }
}
