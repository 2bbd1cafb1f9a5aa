package nl.zgw.documenten;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.testsupport.service.ServiceSkeletonTest;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
class DocumentenServiceTest extends ServiceSkeletonTest {

    @Override
    protected String component() {
        return "documenten";
    }

    @Override
    protected String apiVersion() {
        return "1.7.0";
    }
}
