package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.testsupport.postgres.Sql;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static nl.zgw.zaken.ZakenApi.ZAAKNUMMER_RESERVEREN;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Zaaknummers of one bronorganisatie are taken without waiting for each other: a creation that has
 * taken a number and not yet committed holds up no other creation (V14), and zaken created at once
 * all get numbers of their own.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaaknummerGelijktijdigTest {

    @Inject
    DataSource dataSource;

    @Test
    void aNumberTakenAndNotYetCommittedHoldsUpNoOtherCreation() throws Exception {
        String bron = rsin();
        assertThat(volgende(bron)).isEqualTo(1);
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            assertThat(volgende(open, bron)).isEqualTo(2);
            // the first transaction still runs; the second must not wait for it
            try (Connection ander = dataSource.getConnection()) {
                ander.setAutoCommit(false);
                try (Statement s = ander.createStatement()) {
                    s.execute("SET LOCAL lock_timeout = '1s'");
                }
                assertThat(volgende(ander, bron)).isEqualTo(3);
                ander.commit();
            }
            open.rollback();
        }
        // a rolled-back number is not handed out again: a gap, never a duplicate
        assertThat(volgende(bron)).isEqualTo(4);
    }

    @Test
    void twoFirstNumbersOfABronorganisatieAtOnceAreBothHandedOut() throws Exception {
        String bron = rsin();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection eerste = dataSource.getConnection()) {
            eerste.setAutoCommit(false);
            assertThat(volgende(eerste, bron)).isEqualTo(1); // creates the sequence, not yet committed
            Future<Long> tweede = pool.submit(() -> volgende(bron));
            assertThat(tweede).isNotDone();
            Thread.sleep(300);
            assertThat(tweede).as("waits for the sequence to be committed").isNotDone();
            eerste.commit();
            assertThat(tweede.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGeneratedNumberNeverTakesAReservedOneEvenWhenTheSequenceFallsBehind() throws Exception {
        String bron = rsin();
        List<String> gereserveerd = as("behandelaar").body(Map.of("bronorganisatie", bron, "aantal", 2))
                .post(ZAAKNUMMER_RESERVEREN).then().statusCode(201).extract().jsonPath().getList("zaaknummer");
        String jaar = gereserveerd.get(0).substring("ZAAK-".length(), "ZAAK-".length() + 4);
        // as after a data-only restore, or a setval that raced with a nextval
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT setval('zaaknummer_" + bron + "_" + jaar + "', 1, false)");
        }
        Map<String, Object> body = zaak("a", bron);
        body.put("startdatum", jaar + "-01-01");
        as("behandelaar").body(body).post(ZAKEN).then().statusCode(201)
                .body("identificatie", equalTo("ZAAK-" + jaar + "-0000000003"));
        // the reservations are still there for the one who made them
        for (String nummer : gereserveerd) {
            Map<String, Object> eigen = zaak("a", bron);
            eigen.put("identificatie", nummer);
            as("behandelaar").body(eigen).post(ZAKEN).then().statusCode(201).body("identificatie", equalTo(nummer));
        }
    }

    @Test
    void zakenCreatedAtOnceGetNumbersOfTheirOwn() throws Exception {
        String bron = rsin();
        int aantal = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> gemaakt = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                gemaakt.add(pool.submit(() -> as("alles").body(zaak("a", bron)).post(ZAKEN)
                        .then().statusCode(201).extract().<String>path("identificatie")));
            }
            List<String> nummers = new ArrayList<>();
            for (Future<String> f : gemaakt) {
                nummers.add(f.get(60, TimeUnit.SECONDS));
            }
            List<String> verwacht = new ArrayList<>();
            for (int n = 1; n <= aantal; n++) {
                verwacht.add(String.format("ZAAK-2026-%010d", n));
            }
            assertThat(nummers).containsExactlyInAnyOrderElementsOf(verwacht);
        } finally {
            pool.shutdownNow();
        }
    }

    private long volgende(String bron) throws SQLException {
        return Sql.number(dataSource, "SELECT zaaknummer_volgende('" + bron + "', 2026)");
    }

    private static long volgende(Connection c, String bron) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT zaaknummer_volgende(?, 2026)")) {
            s.setString(1, bron);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
