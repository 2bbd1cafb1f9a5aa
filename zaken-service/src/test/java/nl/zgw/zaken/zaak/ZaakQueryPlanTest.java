package nl.zgw.zaken.zaak;

import nl.zgw.zaken.store.Jdbc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.Grant;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of zaken stays an indexed query on 100,000 zaken of 50 zaaktypen: for a client with
 * every permission and for one limited to 5 zaaktypen (each up to a maximum
 * vertrouwelijkheidaanduiding). Prints the plans.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakQueryPlanTest {

    @Inject
    DataSource dataSource;

    @Inject
    ZaakStore store;

    @Test
    void listsOf100000ZakenAreIndexed() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO zaak (uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
                    + "vertrouwelijkheid_rank, startdatum, registratiedatum, archiefstatus, data) "
                    + "SELECT gen_random_uuid(), 'PLAN-' || i, '111222333', 'https://catalogi.example/zaaktypen/' || (i % 50), "
                    + "'openbaar', i % 8, DATE '2020-01-01' + (i % 1500), DATE '2020-01-01' + (i % 1500), "
                    + "'nog_te_archiveren', '{}'::jsonb FROM generate_series(1, 100000) AS i");
            s.execute("ANALYZE zaak");
        }
        String all = plan(AllowedTypes.ALL);
        List<Grant> five = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            five.add(new Grant(Component.ZRC, Set.of("zaken.lezen"), "https://catalogi.example/zaaktypen/" + t,
                    Vertrouwelijkheidaanduiding.ZAAKVERTROUWELIJK));
        }
        String limited = plan(new AllowedTypes(false, five));
        System.out.println("zaken list, every permission, 100,000 zaken:\n" + all);
        System.out.println("zaken list, 5 zaaktypen up to zaakvertrouwelijk, 100,000 zaken:\n" + limited);
        assertThat(all.substring(0, all.indexOf("--- count"))).contains("Index Scan using zaak_volgorde_idx");
        String limitedPage = limited.substring(0, limited.indexOf("--- count"));
        assertThat(limitedPage).doesNotContain("Seq Scan");
        assertThat(limited.substring(limited.indexOf("--- count"))).contains("zaak_autorisatie_idx");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM zaak WHERE bronorganisatie = '111222333'");
        }
    }

    @Transactional
    String plan(AllowedTypes allowed) {
        Jdbc.Where where = new Jdbc.Where();
        AllowedTypes.SqlCondition sql = allowed.sql("zaaktype", "vertrouwelijkheid_rank");
        where.and(sql.sql(), sql.parameters().toArray());
        return store.plan(where, ZaakService.orderBy(null), 0, 100);
    }
}
