package nl.zgw.zaken.zaak;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.Grant;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.sql.Where;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page for a client allowed a few zaaktypen is merged from one ordered scan per zaaktype
 * ({@link ZaakStore#keuzePerZaaktype}); it must hold exactly the zaken, in the same order, that the
 * authorisation filter as one OR chooses: on the first page, pages further on, a page past the end,
 * with maximaleVertrouwelijkheidaanduiding, and for a zaaktype allowed without a maximum.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZakenPerZaaktypeTest {

    private static final String TYPE = "https://catalogi.example/zaaktypen/per-zaaktype-";

    @Inject
    DataSource dataSource;

    @Inject
    ZaakStore store;

    @Test
    void theMergedPageIsThePageOfTheOneCondition() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // 4 zaaktypen interleaved in the order of registration, every level of vertrouwelijkheid
            s.execute("INSERT INTO zaak (uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
                    + "vertrouwelijkheid_rank, startdatum, registratiedatum, archiefstatus, data) "
                    + "SELECT gen_random_uuid(), 'PZ-' || i, '999888777', '" + TYPE + "' || (i % 4), 'openbaar', "
                    + "(i * 7) % 8, DATE '2024-01-01', DATE '2024-01-01', 'nog_te_archiveren', '{}'::jsonb "
                    + "FROM generate_series(1, 160) AS i ORDER BY i");
        }
        try {
            AllowedTypes client = new AllowedTypes(false, List.of(
                    grant(TYPE + "0", Vertrouwelijkheidaanduiding.BEPERKT_OPENBAAR),
                    grant(TYPE + "1", null), // no maximum: every level
                    grant(TYPE + "2", Vertrouwelijkheidaanduiding.ZEER_GEHEIM),
                    grant(TYPE + "2", Vertrouwelijkheidaanduiding.OPENBAAR))); // the highest of a type counts
            assertThat(client.perType("zaaktype", "vertrouwelijkheid_rank")).hasSize(3);
            int seen = 0;
            for (long offset : new long[]{0, 7, 10, 35, 45, 85, 100, 101, 400}) {
                for (Where rest : List.of(new Where(), new Where().and("vertrouwelijkheid_rank <= ?", 2))) {
                    List<UUID> merged = page(client, rest, offset, true);
                    List<UUID> plain = page(client, rest, offset, false);
                    assertThat(merged).as("offset %d, %s", offset, rest.sql()).isEqualTo(plain);
                    seen += merged.size();
                }
            }
            assertThat(seen).as("pages with zaken on them were compared").isGreaterThan(80);
            assertThat(page(client, new Where(), 0, true)).hasSize(10);
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM zaak WHERE bronorganisatie = '999888777'");
            }
        }
    }

    private List<UUID> page(AllowedTypes client, Where rest, long offset, boolean merged) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ZaakStore.Keuze keuze;
            if (merged) {
                keuze = store.keuzePerZaaktype(client.perType("zaaktype", "vertrouwelijkheid_rank"), rest, offset, 10);
            } else {
                AllowedTypes.SqlCondition or = client.sql("zaaktype", "vertrouwelijkheid_rank");
                Where where = new Where().and(or.sql(), or.parameters().toArray()).and(rest);
                keuze = store.keuze(where, "volgorde", offset, 10);
            }
            return store.alsTekst(keuze).stream().map(ZaakStore.AlsTekst::uuid).toList();
        });
    }

    private static Grant grant(String type, Vertrouwelijkheidaanduiding max) {
        return new Grant(Component.ZRC, Set.of("zaken.lezen"), type, max);
    }
}
