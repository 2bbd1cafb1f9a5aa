package nl.zgw.documenten.informatieobject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.documenten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static nl.zgw.documenten.DocumentenApi.DOCUMENTEN;
import static nl.zgw.documenten.DocumentenApi.as;
import static nl.zgw.documenten.DocumentenApi.document;
import static nl.zgw.documenten.DocumentenApi.rsin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Documentnummers of one bronorganisatie are taken without waiting for each other (V5): a creation
 * that has taken a number and not yet committed (its content still being stored) holds up no other
 * creation, a rolled-back number is not handed out again, documents created at once get numbers of
 * their own, a generated number skips one a client gave by hand, and a pod of the previous version
 * (counting in the documentnummer table during a rolling upgrade) draws from the same sequence (V6).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
@QuarkusTestResource(CatalogiStub.class)
class DocumentnummerGelijktijdigTest {

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
            Thread.sleep(300);
            assertThat(tweede).as("waits for the sequence to be committed").isNotDone();
            eerste.commit();
            assertThat(tweede.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void documentsCreatedAtOnceGetNumbersOfTheirOwnAndSkipOneGivenByHand() throws Exception {
        String bron = rsin();
        // a client gives the number the sequence hands out next
        Map<String, Object> eigen = document("a");
        eigen.put("bronorganisatie", bron);
        eigen.put("identificatie", "DOCUMENT-2026-0000000002");
        as("behandelaar").body(eigen).post(DOCUMENTEN).then().statusCode(201);
        Map<String, Object> eerste = document("a");
        eerste.put("bronorganisatie", bron);
        as("behandelaar").body(eerste).post(DOCUMENTEN).then().statusCode(201)
                .body("identificatie", equalTo("DOCUMENT-2026-0000000001"));
        int aantal = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> gemaakt = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                gemaakt.add(pool.submit(() -> {
                    Map<String, Object> body = document("a", "inhoud".getBytes());
                    body.put("bronorganisatie", bron);
                    return as("behandelaar").body(body).post(DOCUMENTEN).then().statusCode(201)
                            .extract().<String>path("identificatie");
                }));
            }
            List<String> nummers = new ArrayList<>();
            for (Future<String> f : gemaakt) {
                nummers.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(new HashSet<>(nummers)).hasSize(aantal).doesNotContain("DOCUMENT-2026-0000000002",
                    "DOCUMENT-2026-0000000001");
            assertThat(nummers).allMatch(n -> n.matches("DOCUMENT-2026-\\d{10}"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPodOfThePreviousVersionDrawsFromTheSameSequence() throws Exception {
        String bron = rsin();
        assertThat(volgende(bron)).isEqualTo(1);
        // the previous version's statement (V2's counter row), during a rolling upgrade
        String vorige = "INSERT INTO documentnummer (bronorganisatie, jaar, laatste) VALUES (?, ?, 1) "
                + "ON CONFLICT (bronorganisatie, jaar) DO UPDATE SET laatste = documentnummer.laatste + 1 RETURNING laatste";
        List<Long> nummers = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(vorige)) {
            for (int i = 0; i < 3; i++) {
                s.setString(1, bron);
                s.setInt(2, 2026);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    nummers.add(rs.getLong(1));
                }
                nummers.add(volgende(bron));
            }
        }
        // one source: never a number twice, always going up (a conflicting insert leaves a gap)
        assertThat(nummers).doesNotHaveDuplicates().isSorted().allMatch(n -> n > 1);
    }

    private long volgende(String bron) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return volgende(c, bron);
        }
    }

    private static long volgende(Connection c, String bron) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT documentnummer_volgende(?, ?)")) {
            s.setString(1, bron);
            s.setInt(2, 2026);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
