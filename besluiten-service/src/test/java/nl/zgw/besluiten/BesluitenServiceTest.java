package nl.zgw.besluiten;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.testsupport.service.ServiceSkeletonTest;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
class BesluitenServiceTest extends ServiceSkeletonTest {

    @Override
    protected String component() {
        return "besluiten";
    }

    @Override
    protected String apiVersion() {
        return "1.1.0";
    }
}
