package nl.zgw.testsupport.service;

import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.zgw.testsupport.architecture.SuiteArchitecture;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What every service of the suite must do from its first day: be healthy and ready against its
 * own PostgreSQL schema, expose metrics, serve its OpenAPI document under its base path, answer
 * unknown routes with a ZGW problem, and depend on no other service's code. A service's test is a
 * subclass annotated {@code @QuarkusTest} naming its component and API version.
 */
public abstract class ServiceSkeletonTest {

    @Inject
    DataSource dataSource;

    /** The component, e.g. {@code zaken}: base path {@code /zaken/api/v1}, schema {@code zaken}. */
    protected abstract String component();

    protected abstract String apiVersion();

    protected String basePath() {
        return "/" + component() + "/api/v1";
    }

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyWithItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get(basePath() + "/does-not-exist").then().statusCode(404);
        // latency as buckets, for p95/p99 per endpoint in Prometheus (LatentieBuckets)
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("le=\"0.005\""));
    }

    @Test
    void servesItsOpenApiDocumentAsYaml() {
        given().get(basePath() + "/schema/openapi.yaml").then().statusCode(200)
                .body(containsString("openapi: 3.0.3"))
                .body(containsString("version: " + apiVersion()));
    }

    @Test
    void servesItsOpenApiDocumentAsJson() {
        given().accept(ContentType.JSON).get(basePath() + "/schema/openapi.json").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("openapi", equalTo("3.0.3"))
                .body("info.version", equalTo(apiVersion()));
    }

    @Test
    void unknownRouteUnderTheBasePathIsAProblem() {
        assertFout(given().get(basePath() + "/does-not-exist").then(), 404, "not_found")
                .header("API-version", apiVersion());
    }

    /** The request id a caller (or its ingress) gives comes back, as it is logged; without one a new one. */
    @Test
    void answersCarryTheRequestId() {
        given().header("X-Request-Id", "ingress-4f2a.1").get(basePath() + "/does-not-exist").then()
                .header("X-Request-Id", "ingress-4f2a.1");
        given().header("X-Request-Id", "not\tsane").get(basePath() + "/does-not-exist").then()
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void unknownRouteElsewhereIsAProblem() {
        assertFout(given().get("/nothing/here").then(), 404, "not_found").header("API-version", apiVersion());
    }

    @Test
    void ownSchemaIsMigratedByFlyway() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + component()
                     + ".flyway_schema_history WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = '"
                     + component() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains(apiVersion());
        }
    }

    /**
     * False for a service whose API is not served yet: then the test proves it has no classes (the
     * architecture rules below fail when they find nothing to check, so they must not run on it).
     */
    protected boolean servesItsApi() {
        return true;
    }

    @Test
    void everyEndpointDeclaresItsScopes() {
        if (servesItsApi()) {
            SuiteArchitecture.assertEveryEndpointDeclaresScopes("nl.zgw." + component());
        } else {
            SuiteArchitecture.assertHasNoClasses("nl.zgw." + component());
        }
    }

    @Test
    void dependsOnNoOtherService() {
        if (servesItsApi()) {
            SuiteArchitecture.assertServiceIsIndependent("nl.zgw." + component());
        } else {
            SuiteArchitecture.assertHasNoClasses("nl.zgw." + component());
        }
    }
}
