package nl.zgw.testsupport.postgres;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A real PostgreSQL, one fresh database per service, reused across Quarkus restarts in one JVM. */
class TestPostgresTest {

    @Test
    void givesEachServiceItsOwnWorkingDatabase() throws Exception {
        PostgresTestResource zaken = new PostgresTestResource();
        zaken.init(Map.of("database", "probe_a"));
        Map<String, String> config = zaken.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        assertThat(url).endsWith("/test_probe_a");
        try (Connection c = DriverManager.getConnection(url, config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int)");
            s.execute("INSERT INTO t VALUES (1)");
            try (ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(150000);
            }
        }
        PostgresTestResource again = new PostgresTestResource();
        again.init(Map.of("database", "probe_a"));
        assertThat(again.start().get("quarkus.datasource.jdbc.url")).isEqualTo(url);
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).as("a restart in the same JVM keeps the data").isEqualTo(1);
        }
    }

    @Test
    void rejectsNamesThatAreNotPlainIdentifiers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestPostgres.get().freshDatabase("x; DROP"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
