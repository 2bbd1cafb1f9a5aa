package nl.zgw.zaken.zaak;

import nl.zgw.shared.sql.Jdbc;
import nl.zgw.shared.sql.Where;
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
import nl.zgw.zaken.onderdeel.OnderdeelStore;
import nl.zgw.zaken.onderdeel.Soort;
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
 * vertrouwelijkheidaanduiding); so do the lists inside zaken (300,000 rollen and statussen), the
 * rol__ filters and the spatial search. Prints the plans.
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
            s.execute("UPDATE zaak SET zaakgeometrie_bbox = box(point(3 + random() * 4, 50 + random() * 3)) "
                    + "WHERE bronorganisatie = '111222333'");
            // a rol (with a BSN) and two statussen for every zaak: 300,000 objects inside zaken
            s.execute("INSERT INTO zaak_onderdeel (uuid, soort, zaak, type, sleutel, subsoort, moment, data) "
                    + "SELECT gen_random_uuid(), 'rol', uuid, 'https://catalogi.example/roltypen/1', null, "
                    + "'natuurlijk_persoon', now(), jsonb_build_object('betrokkeneIdentificatie', "
                    + "jsonb_build_object('inpBsn', lpad(substring(identificatie from 6), 9, '0'))) "
                    + "FROM zaak WHERE bronorganisatie = '111222333'");
            s.execute("INSERT INTO zaak_onderdeel (uuid, soort, zaak, type, moment, data) "
                    + "SELECT gen_random_uuid(), 'status', uuid, 'https://catalogi.example/statustypen/' || n, "
                    + "now() + n * interval '1 day', '{}'::jsonb FROM zaak, generate_series(1, 2) AS n "
                    + "WHERE bronorganisatie = '111222333'");
            s.execute("ANALYZE zaak");
            s.execute("ANALYZE zaak_onderdeel");
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
        assertThat(all.substring(0, all.indexOf("--- count"))).containsPattern("Index (Only )?Scan using zaak_volgorde_idx");
        String limitedPage = limited.substring(0, limited.indexOf("--- count"));
        assertThat(limitedPage).doesNotContain("Seq Scan");
        assertThat(limited.substring(limited.indexOf("--- count"))).contains("zaak_autorisatie_idx");
        // the same page as the list chooses it (ZaakStore.keuzePerZaaktype): one ordered index-only
        // scan per zaaktype, merged; not a walk of the ordering index reading every zaak
        String perZaaktype = planPerZaaktype(new AllowedTypes(false, five));
        System.out.println("zaken list page, 5 zaaktypen merged, 100,000 zaken:\n" + perZaaktype);
        assertThat(perZaaktype).contains("Merge Append").contains("zaak_autorisatie_idx")
                .doesNotContain("zaak_volgorde_idx").doesNotContain("Seq Scan");

        // one zaaktype of 2,000 zaken (the zaaktype filter, or a client allowed one zaaktype): the page
        // is read in order from (zaaktype, volgorde), not gathered and sorted whole (V18)
        String een = plan(new AllowedTypes(false, List.of(five.get(1))));
        System.out.println("zaken list, 1 zaaktype of 2,000 zaken up to zaakvertrouwelijk, 100,000 zaken:\n" + een);
        assertThat(een.substring(0, een.indexOf("--- count"))).contains("zaak_autorisatie_idx").doesNotContain("Sort");

        // a client whose zaaktype is rare (20 of 100,020 zaken): not a walk of the whole ordering index
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO zaak (uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
                    + "vertrouwelijkheid_rank, startdatum, registratiedatum, archiefstatus, data) "
                    + "SELECT gen_random_uuid(), 'ZELDZAAM-' || i, '111222333', 'https://catalogi.example/zaaktypen/zeldzaam', "
                    + "'openbaar', 0, DATE '2020-01-01' + i, DATE '2020-01-01' + i, 'nog_te_archiveren', '{}'::jsonb "
                    + "FROM generate_series(1, 20) AS i");
            s.execute("ANALYZE zaak");
        }
        String rare = plan(new AllowedTypes(false, List.of(new Grant(Component.ZRC, Set.of("zaken.lezen"),
                "https://catalogi.example/zaaktypen/zeldzaam", Vertrouwelijkheidaanduiding.ZEER_GEHEIM))));
        System.out.println("zaken list, 1 rare zaaktype (20 zaken), 100,020 zaken:\n" + rare);
        assertThat(rare.substring(0, rare.indexOf("--- count"))).contains("zaak_autorisatie_idx")
                .doesNotContain("zaak_volgorde_idx");

        String bsn = onderdeelPlan(Soort.ROL, new AllowedTypes(false, five), "o.subsoort = 'natuurlijk_persoon' "
                + "AND o.data -> 'betrokkeneIdentificatie' @> '{\"inpBsn\": \"000000042\"}'");
        System.out.println("rollen by BSN, 5 zaaktypen, 100,000 rollen:\n" + bsn);
        assertThat(bsn).contains("zaak_onderdeel_identificatie_idx").doesNotContain("Seq Scan");
        String statussen = onderdeelPlan(Soort.STATUS, AllowedTypes.ALL,
                "o.zaak = (SELECT uuid FROM zaak WHERE identificatie = 'PLAN-42')");
        System.out.println("statussen of one zaak, 200,000 statussen:\n" + statussen);
        assertThat(statussen).contains("zaak_onderdeel_zaak_idx").doesNotContain("Seq Scan");
        String page = onderdeelPlan(Soort.STATUS, new AllowedTypes(false, five), "true");
        System.out.println("statussen list, 5 zaaktypen, 200,000 statussen:\n" + page);
        assertThat(page).doesNotContain("Seq Scan on zaak_onderdeel");

        Where rol = new Where().and("EXISTS (SELECT 1 FROM zaak_onderdeel r WHERE r.zaak = zaak.uuid "
                + "AND r.soort = 'rol' AND r.subsoort = 'natuurlijk_persoon' "
                + "AND r.data -> 'betrokkeneIdentificatie' @> cast(? as jsonb))", "{\"inpBsn\": \"000000042\"}");
        String zakenVanBsn = planWith(rol, AllowedTypes.ALL);
        System.out.println("zaken with rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn:\n" + zakenVanBsn);
        assertThat(zakenVanBsn).contains("zaak_onderdeel_identificatie_idx");
        Where gebied = new Where().and("zaakgeometrie_bbox <@ box(point(4.0, 52.0), point(4.1, 52.1))");
        String within = planWith(gebied, AllowedTypes.ALL);
        System.out.println("zaken within an area (bounding boxes):\n" + within);
        assertThat(within).contains("zaak_geometrie_idx");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM zaak WHERE bronorganisatie = '111222333'");
        }
    }

    @Inject
    OnderdeelStore onderdelen;

    @Transactional
    String onderdeelPlan(Soort soort, AllowedTypes allowed, String condition) {
        AllowedTypes.SqlCondition sql = allowed.sql("z.zaaktype", "z.vertrouwelijkheid_rank");
        return onderdelen.plan(soort, new Where().and(condition).and(sql.sql(), sql.parameters().toArray()), 100);
    }

    @Transactional
    String planPerZaaktype(AllowedTypes allowed) {
        return store.plan(store.keuzePerZaaktype(allowed.perType("zaaktype", "vertrouwelijkheid_rank"), new Where(), 0, 100));
    }

    @Transactional
    String planWith(Where where, AllowedTypes allowed) {
        AllowedTypes.SqlCondition sql = allowed.sql("zaaktype", "vertrouwelijkheid_rank");
        where.and(sql.sql(), sql.parameters().toArray());
        return store.plan(where, ZakenZoeken.orderBy(null), 0, 100);
    }

    @Transactional
    String plan(AllowedTypes allowed) {
        Where where = new Where();
        AllowedTypes.SqlCondition sql = allowed.sql("zaaktype", "vertrouwelijkheid_rank");
        where.and(sql.sql(), sql.parameters().toArray());
        return store.plan(where, ZakenZoeken.orderBy(null), 0, 100);
    }
}
