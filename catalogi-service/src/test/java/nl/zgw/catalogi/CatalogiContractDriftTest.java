package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.contract.ContractDriftTest;

@QuarkusTest
class CatalogiContractDriftTest extends ContractDriftTest {

    @Override
    protected String extract() {
        return "/contract/catalogi-1.3.3.facts";
    }

    @Override
    protected String basePath() {
        return CatalogiFixtures.API;
    }
}
