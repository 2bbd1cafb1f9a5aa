package nl.zgw.testsupport.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under test at its own database on the JVM's {@link TestPostgres}. Register it
 * once per module with {@code @QuarkusTestResource(value = PostgresTestResource.class, initArgs =
 * @ResourceArg(name = "database", value = "zaken"))}. A Quarkus restart in the same JVM (another
 * test profile) reuses the database.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> URLS = new HashMap<>();

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = "test_" + initArgs.getOrDefault("database", "zgw");
    }

    @Override
    public Map<String, String> start() {
        TestPostgres pg = TestPostgres.get();
        String url;
        synchronized (URLS) {
            url = URLS.computeIfAbsent(database, pg::freshDatabase);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", pg.user(),
                "quarkus.datasource.password", pg.password());
    }

    @Override
    public void stop() {
        // The server lives as long as the JVM; see TestPostgres.
    }
}
