package nl.zgw.catalogi.tenant;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.zgw.catalogi.CatalogiFixtures;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.testsupport.postgres.Sql;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * One Catalogi API serving two organisations (ADR 0022), told apart by the host they address:
 * each sees only its own catalogussen, in its own schema, under its own URLs; a URL of the one is
 * a remote URL to the other; a host that serves no organisation is a 404.
 */
@QuarkusTest
@TestProfile(TweeTenantsTest.TweeTenants.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class TweeTenantsTest {

    private static final String UTRECHT = "zgw.utrecht.test";
    private static final String EDE = "zgw.ede.test";

    /** The declaration the service reads, a copy this test may change while the service runs. */
    private static final Path DECLARATIE = Path.of("target/tenants-twee.json");

    public static class TweeTenants implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.copy(Path.of("src/test/resources/tenants-twee.json"), DECLARATIE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.of("zgw.tenants.file", DECLARATIE.toString(), "zgw.tenants.check-interval", "200ms");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification at(String host) {
        return CatalogiFixtures.beheerder().header("Host", host);
    }

    private static String catalogus(String host, String domein) {
        Map<String, Object> body = CatalogiFixtures.catalogusBody();
        body.put("domein", domein);
        return at(host).body(body).post(API + "/catalogussen").then().statusCode(201).extract().path("url");
    }

    @Test
    void eachTenantSeesOnlyItsOwnCatalogussenUnderItsOwnHost() throws Exception {
        String domein = CatalogiFixtures.uniqueDomein();
        String utrechts = catalogus(UTRECHT, domein);
        assertThat(utrechts).startsWith("http://" + UTRECHT + ":8002/catalogi/api/v1/catalogussen/");

        at(UTRECHT).get(path(utrechts)).then().statusCode(200).body("url", equalTo(utrechts));
        at(EDE).get(path(utrechts)).then().statusCode(404);
        at(UTRECHT).queryParam("domein", domein).get(API + "/catalogussen").then().statusCode(200).body("count", equalTo(1));
        at(EDE).queryParam("domein", domein).get(API + "/catalogussen").then().statusCode(200).body("count", equalTo(0));

        // the same domein is free in the other organisation: unique per tenant, not per installation
        String edes = catalogus(EDE, domein);
        assertThat(edes).startsWith("http://" + EDE + ":8002/");
        at(EDE).queryParam("domein", domein).get(API + "/catalogussen").then().body("results[0].url", equalTo(edes));

        assertThat(Sql.number(dataSource, "SELECT count(*) FROM utrecht_catalogi.catalogus WHERE domein = '" + domein + "'"))
                .isEqualTo(1);
        assertThat(Sql.number(dataSource, "SELECT count(*) FROM ede_catalogi.catalogus WHERE domein = '" + domein + "'"))
                .isEqualTo(1);
        assertThat(Sql.number(dataSource, "SELECT count(*) FROM catalogi.catalogus WHERE domein = '" + domein + "'"))
                .isZero();
        // the notifications go out from each tenant's own outbox, with its own URLs
        String utrechtsType = informatieobjecttype(UTRECHT, utrechts);
        String edesType = informatieobjecttype(EDE, edes);
        assertThat(Sql.column(dataSource, "SELECT message::jsonb->>'resourceUrl' FROM utrecht_catalogi.notificatie_outbox"))
                .contains(utrechtsType).doesNotContain(edesType);
        assertThat(Sql.column(dataSource, "SELECT message::jsonb->>'resourceUrl' FROM ede_catalogi.notificatie_outbox"))
                .contains(edesType).doesNotContain(utrechtsType);
    }

    private static String informatieobjecttype(String host, String catalogus) {
        return at(host).body(CatalogiFixtures.informatieobjecttypeBody(catalogus, "Brief"))
                .post(API + "/informatieobjecttypen").then().statusCode(201).extract().path("url");
    }

    @Test
    void aUrlOfOneTenantIsARemoteUrlToTheOther() {
        String utrechts = catalogus(UTRECHT, CatalogiFixtures.uniqueDomein());
        at(EDE).body(CatalogiFixtures.informatieobjecttypeBody(utrechts, "Brief"))
                .post(API + "/informatieobjecttypen").then().statusCode(400)
                .body("invalidParams.name", hasItem("catalogus"));
        assertThat(informatieobjecttype(UTRECHT, utrechts)).startsWith("http://" + UTRECHT + ":8002/");
    }

    @Test
    void aHostThatServesNoTenantIsNotFound() throws Exception {
        at("localhost").get(API + "/catalogussen").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not_found"));
        at("zgw.utrecht.test.evil.example").get(API + "/catalogussen").then().statusCode(404);
        // a request that names no host at all (HTTP/1.0 without Host) belongs to no tenant either
        assertThat(zonderHost(API + "/catalogussen")).matches("(?s)HTTP/1\\.[01] 404 .*").contains("\"not_found\"");
        // health and metrics belong to no tenant; ready says how many are served
        given().header("Host", "unknown.example").get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'tenants' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'tenants' }.data.unserved", equalTo(0));
    }

    /** The raw answer to a GET of {@code path} sent as HTTP/1.0 without a Host header. */
    private static String zonderHost(String path) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aConnectionTakenWithoutATenantFindsNoTables() throws Exception {
        catalogus(UTRECHT, CatalogiFixtures.uniqueDomein());
        // code that forgot its tenant (this test's own connection): no tenant's rows, and no template's
        assertThatThrownBy(() -> Sql.number(dataSource, "SELECT count(*) FROM catalogus"))
                .hasMessageContaining("does not exist");
        assertThat(Sql.number(dataSource, "SELECT count(*) FROM utrecht_catalogi.catalogus")).isPositive();
    }

    @Test
    void requestMetricsCarryTheTenant() {
        at(EDE).get(API + "/catalogussen").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")
                && l.contains("/catalogussen\"") && l.contains("tenant=\"ede\""))).isNotEmpty();
        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .allMatch(l -> l.contains("tenant=\""));
    }

    @Test
    void aTenantAddedToTheDeclarationIsServedWithoutARestartAndOneRemovedIsNot() throws Exception {
        String leiden = "zgw.leiden.test";
        String twee = Files.readString(DECLARATIE);
        String drie = twee.replace("\n]}", ",\n  {\"id\": \"leiden\", \"host\": \"" + leiden + "\"}\n]}");
        assertThat(drie).contains("leiden");
        at(leiden).get(API + "/catalogussen").then().statusCode(404);
        try {
            Files.writeString(DECLARATIE, drie);
            wachtOp(leiden, 200);
            // its schema migrated before its first request, its URLs its own, its rows its own
            String domein = CatalogiFixtures.uniqueDomein();
            String leidens = catalogus(leiden, domein);
            assertThat(leidens).startsWith("http://" + leiden + ":8002/");
            at(UTRECHT).queryParam("domein", domein).get(API + "/catalogussen").then().body("count", equalTo(0));
            assertThat(Sql.number(dataSource, "SELECT count(*) FROM leiden_catalogi.catalogus WHERE domein = '" + domein + "'"))
                    .isEqualTo(1);
            assertThat(metrics()).anyMatch(l -> l.startsWith("zgw_outbox_pending{") && l.contains("tenant=\"leiden\""));

            // a declaration that is not valid changes nothing
            Files.writeString(DECLARATIE, "{\"tenants\": [{\"id\": \"Leiden!\", \"host\": \"" + leiden + "\"}]}");
            Thread.sleep(1_000);
            at(leiden).get(path(leidens)).then().statusCode(200);
            at(EDE).get(API + "/catalogussen").then().statusCode(200);

            // removed: no longer served, its gauges gone, its data kept (and served again when it returns)
            Files.writeString(DECLARATIE, twee);
            wachtOp(leiden, 404);
            at(UTRECHT).get(API + "/catalogussen").then().statusCode(200);
            assertThat(metrics()).noneMatch(l -> l.contains("tenant=\"leiden\"") && l.startsWith("zgw_outbox"));
            assertThat(Sql.number(dataSource, "SELECT count(*) FROM leiden_catalogi.catalogus WHERE domein = '" + domein + "'"))
                    .isEqualTo(1);
            Files.writeString(DECLARATIE, drie);
            wachtOp(leiden, 200);
            at(leiden).get(path(leidens)).then().statusCode(200).body("domein", equalTo(domein));
        } finally {
            Files.writeString(DECLARATIE, twee);
            wachtOp(leiden, 404);
        }
    }

    /**
     * Until {@code host}'s catalogussen answer {@code status} (the declaration is read every 200 ms);
     * meanwhile only 404 (not served) or 200 (served and ready), never an error of a half-readied tenant.
     */
    private static void wachtOp(String host, int status) throws InterruptedException {
        long tot = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int nu;
        while ((nu = at(host).get(API + "/catalogussen").statusCode()) != status) {
            assertThat(nu).as("%s while it is taken in or out of service", host).isIn(200, 404);
            assertThat(System.nanoTime()).as("%s answering %d", host, status).isLessThan(tot);
            Thread.sleep(20);
        }
    }

    private static java.util.List<String> metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines().toList();
    }
}
