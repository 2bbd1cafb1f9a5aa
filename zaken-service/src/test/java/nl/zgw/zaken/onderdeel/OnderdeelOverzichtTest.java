package nl.zgw.zaken.onderdeel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a zaak's representation lists of its objects is read in one query and sorted out in Java
 * ({@link OnderdeelStore#overzicht}); it must give what the queries per kind gave: the objects of
 * the listed kinds in registration order, and as status the one with the latest moment (of two at
 * the same moment the one registered last; one without a moment counts as the latest, as ORDER BY
 * moment DESC sorts it), for one zaak and for many.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class OnderdeelOverzichtTest {

    @Inject
    DataSource dataSource;

    @Inject
    OnderdeelStore store;

    @Inject
    Jdbc jdbc;

    @Test
    void oneQueryGivesWhatTheQueriesPerKindGave() throws Exception {
        List<UUID> zaken = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            zaken.add(zaak("OVZ-" + UUID.randomUUID().toString().substring(0, 30)));
        }
        // 0: statussen registered out of order of their moments; every listed kind, and kinds not listed
        onderdeel(zaken.get(0), "status", "2024-03-01T10:00:00Z");
        UUID laatste = onderdeel(zaken.get(0), "status", "2024-03-05T10:00:00Z");
        onderdeel(zaken.get(0), "status", "2024-03-02T10:00:00Z");
        for (String soort : List.of("rol", "zaakobject", "resultaat", "zaakeigenschap", "zaakinformatieobject",
                "rol", "klantcontact", "zaaknotitie", "zaakverzoek", "zaakcontactmoment")) {
            onderdeel(zaken.get(0), soort, null);
        }
        // 1: two statussen at the same moment: the one registered last
        onderdeel(zaken.get(1), "status", "2024-03-01T10:00:00Z");
        UUID laatstGeregistreerd = onderdeel(zaken.get(1), "status", "2024-03-01T10:00:00Z");
        onderdeel(zaken.get(1), "status", "2024-02-01T10:00:00Z");
        // 2: a status without a moment sorts first in ORDER BY moment DESC
        onderdeel(zaken.get(2), "status", "2024-03-01T10:00:00Z");
        UUID zonderMoment = onderdeel(zaken.get(2), "status", null);
        onderdeel(zaken.get(2), "status", "2025-03-01T10:00:00Z");
        // 3: two without a moment: the one registered last
        onderdeel(zaken.get(3), "status", null);
        UUID tweedeZonder = onderdeel(zaken.get(3), "status", null);
        // 4: one status; 5: nothing inside it
        UUID enige = onderdeel(zaken.get(4), "status", "2024-01-01T00:00:00Z");
        onderdeel(zaken.get(4), "rol", null);

        OnderdeelStore.Overzicht alle = QuarkusTransaction.requiringNew().call(() -> store.overzicht(zaken));
        // the query that chose the latest status before (the rule of ORDER BY moment DESC, volgorde DESC)
        Map<UUID, UUID> perSoortQuery = new java.util.HashMap<>();
        for (UUID[] pair : QuarkusTransaction.requiringNew().call(() -> jdbc.query(
                "SELECT DISTINCT ON (o.zaak) o.zaak, o.uuid FROM zaak_onderdeel o WHERE o.zaak = ANY(?) "
                        + "AND o.soort = 'status' ORDER BY o.zaak, o.moment DESC, o.volgorde DESC", List.of(zaken),
                rs -> new UUID[]{rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}))) {
            perSoortQuery.put(pair[0], pair[1]);
        }
        assertThat(alle.latestStatus()).isEqualTo(perSoortQuery)
                .containsEntry(zaken.get(0), laatste).containsEntry(zaken.get(1), laatstGeregistreerd)
                .containsEntry(zaken.get(2), zonderMoment).containsEntry(zaken.get(3), tweedeZonder)
                .containsEntry(zaken.get(4), enige).doesNotContainKey(zaken.get(5));
        assertThat(alle.entries()).isEqualTo(QuarkusTransaction.requiringNew().call(() -> jdbc.query(
                "SELECT zaak, soort, uuid FROM zaak_onderdeel WHERE zaak = ANY(?) AND soort IN ('resultaat', 'rol', "
                        + "'zaakobject', 'zaakeigenschap', 'zaakinformatieobject') ORDER BY volgorde", List.of(zaken),
                rs -> new OnderdeelStore.Entry(rs.getObject(1, UUID.class), Soort.of(rs.getString(2)),
                        rs.getObject(3, UUID.class)))));
        assertThat(alle.entries()).hasSize(7).extracting(OnderdeelStore.Entry::soort)
                .containsExactly(Soort.ROL, Soort.ZAAKOBJECT, Soort.RESULTAAT, Soort.ZAAKEIGENSCHAP,
                        Soort.ZAAKINFORMATIEOBJECT, Soort.ROL, Soort.ROL);

        // one zaak at a time (the detail: zaak = ? instead of = ANY(?)) gives the same
        for (UUID zaak : zaken) {
            OnderdeelStore.Overzicht een = QuarkusTransaction.requiringNew().call(() -> store.overzicht(List.of(zaak)));
            assertThat(een.latestStatus()).isEqualTo(alle.latestStatus().containsKey(zaak)
                    ? Map.of(zaak, alle.latestStatus().get(zaak)) : Map.of());
            assertThat(een.entries()).isEqualTo(alle.entries().stream().filter(e -> e.zaak().equals(zaak)).toList());
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.overzicht(List.of())).entries()).isEmpty();
    }

    private UUID zaak(String identificatie) throws Exception {
        UUID uuid = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO zaak (uuid, identificatie, bronorganisatie, zaaktype, vertrouwelijkheidaanduiding, "
                        + "vertrouwelijkheid_rank, startdatum, registratiedatum, archiefstatus, data) VALUES (?, ?, "
                        + "'111222333', 'https://catalogi.example/zaaktypen/1', 'openbaar', 0, DATE '2024-01-01', "
                        + "DATE '2024-01-01', 'nog_te_archiveren', '{}'::jsonb)")) {
            s.setObject(1, uuid);
            s.setString(2, identificatie);
            s.executeUpdate();
        }
        return uuid;
    }

    private UUID onderdeel(UUID zaak, String soort, String moment) throws Exception {
        UUID uuid = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO zaak_onderdeel (uuid, soort, zaak, sleutel, moment, data) "
                        + "VALUES (?, ?, ?, ?, cast(? as timestamptz), '{}'::jsonb)")) {
            s.setObject(1, uuid);
            s.setString(2, soort);
            s.setObject(3, zaak);
            s.setString(4, uuid.toString()); // unique per zaak for the kinds that require it
            s.setString(5, moment);
            s.executeUpdate();
        }
        return uuid;
    }
}
