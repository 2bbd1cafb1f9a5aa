package nl.zgw.notificaties;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.testsupport.service.ServiceSkeletonTest;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notificaties"))
class NotificatiesServiceTest extends ServiceSkeletonTest {

    @Override
    protected String component() {
        return "notificaties";
    }

    @Override
    protected String apiVersion() {
        return "1.0.1";
    }
}
