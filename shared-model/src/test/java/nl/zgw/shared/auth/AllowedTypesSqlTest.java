package nl.zgw.shared.auth;

import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list filter runs in PostgreSQL: over 10,000 rows of 4 types and 8 levels, a client sees
 * exactly the rows of its types up to its maximum level, whatever else is in the table.
 */
class AllowedTypesSqlTest {

    private static final String A = "https://catalogi/zaaktypen/a";
    private static final String B = "https://catalogi/zaaktypen/b";
    private static final String C = "https://catalogi/zaaktypen/c";
    private static final String D = "https://catalogi/zaaktypen/d";
    private static final List<String> TYPES = List.of(A, B, C, D);

    private static String url;
    private static String user;
    private static String password;

    @BeforeAll
    static void tenThousandRows() throws SQLException {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", "allowed_types"));
        Map<String, String> config = resource.start();
        url = config.get("quarkus.datasource.jdbc.url");
        user = config.get("quarkus.datasource.username");
        password = config.get("quarkus.datasource.password");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE zaak (id int PRIMARY KEY, zaaktype varchar(1000) NOT NULL, va_rank smallint NOT NULL)");
            s.execute("CREATE INDEX zaak_type_rank ON zaak (zaaktype, va_rank)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO zaak VALUES (?, ?, ?)")) {
                for (int i = 0; i < 10_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, TYPES.get(i % 4));
                    insert.setInt(3, (i / 4) % 8);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    @Test
    void typesAndMaximumLevelsAreFilteredInSql() throws SQLException {
        AllowedTypes allowed = new ClientAutorisaties("c", false, List.of(
                grant(A, Vertrouwelijkheidaanduiding.OPENBAAR),
                grant(B, Vertrouwelijkheidaanduiding.INTERN),
                grant(B, Vertrouwelijkheidaanduiding.BEPERKT_OPENBAAR),
                new Grant(Component.ZRC, Set.of("zaken.bijwerken"), C, Vertrouwelijkheidaanduiding.ZEER_GEHEIM),
                new Grant(Component.DRC, Set.of("zaken.lezen"), D, Vertrouwelijkheidaanduiding.ZEER_GEHEIM)))
                .allowedTypes(Component.ZRC, "zaken.lezen");
        List<int[]> rows = select(allowed);
        // 2,500 rows per type, 312 or 313 per level: A up to openbaar (rank 0), B up to intern (rank 2)
        assertThat(rows).allSatisfy(r -> assertThat(
                (r[0] == 0 && r[1] <= 0) || (r[0] == 1 && r[1] <= 2)).isTrue());
        assertThat(rows.stream().filter(r -> r[0] == 0)).hasSize(313);
        assertThat(rows.stream().filter(r -> r[0] == 1)).hasSize(313 + 313 + 313);
        assertThat(rows).hasSize(313 * 4);
    }

    @Test
    void noGrantSeesNothingAndAllSeesEverything() throws SQLException {
        assertThat(select(ClientAutorisaties.none("c").allowedTypes(Component.ZRC, "zaken.lezen"))).isEmpty();
        assertThat(select(AllowedTypes.ALL)).hasSize(10_000);
    }

    @Test
    void permitsDecidesAsTheSqlDoes() {
        AllowedTypes allowed = new ClientAutorisaties("c", false, List.of(grant(A, Vertrouwelijkheidaanduiding.INTERN)))
                .allowedTypes(Component.ZRC, "zaken.lezen");
        assertThat(allowed.permits(A, Vertrouwelijkheidaanduiding.INTERN)).isTrue();
        assertThat(allowed.permits(A, Vertrouwelijkheidaanduiding.GEHEIM)).isFalse();
        assertThat(allowed.permits(A, null)).as("no level, but a maximum applies").isFalse();
        assertThat(allowed.permits(B, Vertrouwelijkheidaanduiding.OPENBAAR)).isFalse();
    }

    @Test
    void aGrantWithoutMaximumAdmitsTheWholeType() throws SQLException {
        AllowedTypes allowed = new ClientAutorisaties("c", false, List.of(grant(A, Vertrouwelijkheidaanduiding.OPENBAAR),
                new Grant(Component.ZRC, Set.of("zaken.lezen"), A, null))).allowedTypes(Component.ZRC, "zaken.lezen");
        assertThat(select(allowed)).hasSize(2500);
    }

    @Test
    void columnNamesAreChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AllowedTypes.ALL.sql("zaaktype; drop", "rank"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Grant grant(String type, Vertrouwelijkheidaanduiding max) {
        return new Grant(Component.ZRC, Set.of("zaken.lezen"), type, max);
    }

    private static List<int[]> select(AllowedTypes allowed) throws SQLException {
        AllowedTypes.SqlCondition where = allowed.sql("zaaktype", "va_rank");
        try (Connection c = connect();
             PreparedStatement q = c.prepareStatement("SELECT zaaktype, va_rank FROM zaak WHERE " + where.sql())) {
            for (int i = 0; i < where.parameters().size(); i++) {
                q.setObject(i + 1, where.parameters().get(i));
            }
            List<int[]> rows = new java.util.ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new int[]{TYPES.indexOf(rs.getString(1)), rs.getInt(2)});
                }
            }
            return rows;
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
