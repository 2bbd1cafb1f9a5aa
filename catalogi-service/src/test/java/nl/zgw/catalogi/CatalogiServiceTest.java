package nl.zgw.catalogi;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.testsupport.service.ServiceSkeletonTest;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
class CatalogiServiceTest extends ServiceSkeletonTest {

    @Override
    protected String component() {
        return "catalogi";
    }

    @Override
    protected String apiVersion() {
        return "1.3.3";
    }
}
