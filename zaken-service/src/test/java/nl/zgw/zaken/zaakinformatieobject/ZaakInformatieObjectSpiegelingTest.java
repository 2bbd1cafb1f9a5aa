package nl.zgw.zaken.zaakinformatieobject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.shared.spiegeling.Herstel;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import nl.zgw.zaken.DocumentenStub;
import nl.zgw.zaken.DocumentenStub.Storing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ZAAKINFORMATIEOBJECTEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.outbox;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.uuid;
import static nl.zgw.zaken.ZakenApi.zaak;
import static nl.zgw.zaken.ZakenApi.zaakinformatieobject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

/**
 * The pair stays consistent when the Documenten API fails (ADR 0016): a refusal or an outage
 * leaves no zaakinformatieobject and no announcement; a mirror made by a call whose answer was lost
 * is removed, at once or by the repair; a removal the Documenten API missed is repaired; a creation
 * a crash left open is completed when the mirror exists and withdrawn when it does not. (The same
 * paths against the real services: system-tests ZaakDocumentenTest.)
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(DocumentenStub.class)
class ZaakInformatieObjectSpiegelingTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Herstel herstel;

    @AfterEach
    void geenStoring() {
        DocumentenStub.storing(Storing.GEEN);
        DocumentenStub.onbereikbaar(false);
    }

    @Test
    void aRefusalLeavesNothing() throws Exception {
        String zaak = create("alles", zaak("a", rsin()));
        DocumentenStub.storing(Storing.WEIGEREN);
        assertValidatieFout(as("alles").body(Map.of("zaak", zaak, "informatieobject", DocumentenStub.document("brief",
                "definitief"))).post(ZAAKINFORMATIEOBJECTEN).then(), "informatieobject", "inconsistent-relation");
        as("alles").queryParam("zaak", zaak).get(ZAAKINFORMATIEOBJECTEN).then().statusCode(200).body("$", empty());
        assertThat(taken(zaak)).isEmpty();
        assertThat(outbox(dataSource, zaak)).noneMatch(m -> m.contains("zaakinformatieobject"));
    }

    @Test
    void anOutageBeforeTheMirrorLeavesNothing() throws Exception {
        String zaak = create("alles", zaak("a", rsin()));
        DocumentenStub.storing(Storing.FOUT_VOOR_OPSLAAN);
        assertFout(as("alles").body(Map.of("zaak", zaak, "informatieobject", DocumentenStub.document("brief",
                "definitief"))).post(ZAAKINFORMATIEOBJECTEN).then(), 503, "upstream_error");
        as("alles").queryParam("zaak", zaak).get(ZAAKINFORMATIEOBJECTEN).then().body("$", empty());
        assertThat(DocumentenStub.relaties(zaak)).isEmpty();
        assertThat(outbox(dataSource, zaak)).noneMatch(m -> m.contains("zaakinformatieobject"));
        // a removal stays, in case the Documenten API makes the mirror late; found nothing once old, it ends
        assertThat(taken(zaak)).containsExactly("verwijderen");
        herstel.ronde();
        assertThat(taken(zaak)).containsExactly("verwijderen");
        update("UPDATE spiegeling SET sinds = now() - interval '1 hour' WHERE bron = ?", zaak);
        nuTeDoen(zaak);
        herstel.ronde();
        assertThat(taken(zaak)).isEmpty();

        // the connection closed on the mirror's call (the document itself was read)
        DocumentenStub.storing(Storing.GEEN_VERBINDING);
        String document = DocumentenStub.document("brief", "definitief");
        assertFout(as("alles").body(Map.of("zaak", zaak, "informatieobject", document)).post(ZAAKINFORMATIEOBJECTEN)
                .then(), 503, "upstream_error");
        as("alles").queryParam("zaak", zaak).get(ZAAKINFORMATIEOBJECTEN).then().body("$", empty());
        // the whole Documenten API unreachable: the document cannot be read, nothing is stored
        DocumentenStub.storing(Storing.GEEN);
        DocumentenStub.onbereikbaar(true);
        assertFout(as("alles").body(Map.of("zaak", zaak, "informatieobject", document)).post(ZAAKINFORMATIEOBJECTEN)
                .then(), 503, "upstream_error");
        DocumentenStub.onbereikbaar(false);
        as("alles").queryParam("zaak", zaak).get(ZAAKINFORMATIEOBJECTEN).then().body("$", empty());
    }

    @Test
    void aMirrorWhoseAnswerWasLostIsRemoved() throws Exception {
        String zaak = create("alles", zaak("a", rsin()));
        String document = DocumentenStub.document("brief", "definitief");
        DocumentenStub.storing(Storing.FOUT_NA_OPSLAAN);
        assertFout(as("alles").body(Map.of("zaak", zaak, "informatieobject", document)).post(ZAAKINFORMATIEOBJECTEN)
                .then(), 503, "upstream_error");
        // nothing here; there, the mirror the lost call made (its removal failed too) ...
        as("alles").queryParam("zaak", zaak).get(ZAAKINFORMATIEOBJECTEN).then().body("$", empty());
        assertThat(DocumentenStub.relaties(zaak)).containsExactly(document);
        assertThat(taken(zaak)).containsExactly("verwijderen");
        // ... which the repair removes once the Documenten API works again
        DocumentenStub.storing(Storing.GEEN);
        nuTeDoen(zaak);
        herstel.ronde();
        assertThat(DocumentenStub.relaties(zaak)).isEmpty();
        assertThat(taken(zaak)).isEmpty();
        assertThat(outbox(dataSource, zaak)).noneMatch(m -> m.contains("zaakinformatieobject"));
    }

    @Test
    void aRemovalTheDocumentenApiMissedIsRepaired() {
        String zaak = create("alles", zaak("a", rsin()));
        String document = DocumentenStub.document("brief", "definitief");
        String zio = zaakinformatieobject(zaak, document);
        DocumentenStub.onbereikbaar(true);
        as("alles").delete(path(zio)).then().statusCode(204);
        DocumentenStub.onbereikbaar(false);
        as("alles").get(path(zio)).then().statusCode(404);
        assertThat(DocumentenStub.relaties(zaak)).containsExactly(document);
        assertThat(taken(zaak)).containsExactly("verwijderen");
        nuTeDoen(zaak);
        herstel.ronde();
        assertThat(DocumentenStub.relaties(zaak)).isEmpty();
        assertThat(taken(zaak)).isEmpty();
    }

    @Test
    void aCreationACrashLeftOpenIsCompletedOrWithdrawn() throws Exception {
        String zaak = create("alles", zaak("a", rsin()));
        String gespiegeld = DocumentenStub.document("brief", "definitief");
        String niet = DocumentenStub.document("brief", "definitief");
        String voltooid = zaakinformatieobject(zaak, gespiegeld);
        String ingetrokken = zaakinformatieobject(zaak, niet);
        int announced = outbox(dataSource, zaak).size();
        // as a crash between the commit and the mirror leaves them: a creation task each, one mirror made
        openCreation(voltooid, zaak, gespiegeld);
        openCreation(ingetrokken, zaak, niet);
        DocumentenStub.vergeet(zaak);
        DocumentenStub.relatie(zaak, gespiegeld);
        herstel.ronde();
        as("alles").get(path(voltooid)).then().statusCode(200);
        as("alles").get(path(ingetrokken)).then().statusCode(404);
        assertThat(taken(zaak)).isEmpty();
        List<String> messages = outbox(dataSource, zaak);
        assertThat(messages).hasSize(announced + 1);
        assertThat(messages.get(messages.size() - 1)).contains("\"actie\":\"create\"", voltooid);
    }

    @Test
    void aPairLinkedAgainFirstLosesItsOldMirror() {
        String zaak = create("alles", zaak("a", rsin()));
        String document = DocumentenStub.document("brief", "definitief");
        String zio = zaakinformatieobject(zaak, document);
        DocumentenStub.onbereikbaar(true);
        as("alles").delete(path(zio)).then().statusCode(204);
        DocumentenStub.onbereikbaar(false);
        String oud = DocumentenStub.relatieUrls(zaak).get(0);
        // linked again while the old mirror's removal is still open: that removal is done first, then a new one made
        String opnieuw = zaakinformatieobject(zaak, document);
        assertThat(DocumentenStub.relatieUrls(zaak)).hasSize(1).doesNotContain(oud);
        assertThat(taken(zaak)).isEmpty();
        as("alles").get(path(opnieuw)).then().statusCode(200);
    }

    @Test
    void aCreationUnderWayIsNotChangedYet() {
        String zaak = create("alles", zaak("a", rsin()));
        String zio = zaakinformatieobject(zaak, DocumentenStub.document("brief", "definitief"));
        update("INSERT INTO spiegeling (uuid, soort, actie, bron, doel) "
                + "VALUES (?::uuid, 'zaakinformatieobject', 'aanmaken', ?, ?)", uuid(zio), zaak, "x");
        assertFout(as("alles").body(Map.of("titel", "t")).patch(path(zio)).then(), 409, "aanmaken-onderweg");
        assertFout(as("alles").delete(path(zio)).then(), 409, "aanmaken-onderweg");
        update("DELETE FROM spiegeling WHERE uuid = ?::uuid", uuid(zio));
        as("alles").body(Map.of("titel", "t")).patch(path(zio)).then().statusCode(200);
    }

    @Test
    void anOpenCreationIsLeftToItsRequestUntilItIsOld() {
        String zaak = create("alles", zaak("a", rsin()));
        String document = DocumentenStub.document("brief", "definitief");
        String zio = zaakinformatieobject(zaak, document);
        DocumentenStub.vergeet(zaak);
        update("INSERT INTO spiegeling (uuid, soort, actie, bron, doel, sinds) "
                + "VALUES (?::uuid, 'zaakinformatieobject', 'aanmaken', ?, ?, now() - interval '1 minute')", uuid(zio), zaak, document);
        herstel.ronde();
        as("alles").get(path(zio)).then().statusCode(200);
        assertThat(taken(zaak)).containsExactly("aanmaken");
    }

    private void openCreation(String zio, String zaak, String document) {
        update("INSERT INTO spiegeling (uuid, soort, actie, bron, doel, sinds) "
                + "VALUES (?::uuid, 'zaakinformatieobject', 'aanmaken', ?, ?, now() - interval '1 hour')", uuid(zio), zaak, document);
    }

    /** The tasks of {@code zaak} are due now (rather than after their back-off). */
    private void nuTeDoen(String zaak) {
        update("UPDATE spiegeling SET volgende = now() - interval '1 second' WHERE bron = ?", zaak);
    }

    private List<String> taken(String zaak) {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT actie FROM spiegeling WHERE bron = ? ORDER BY sinds")) {
            ps.setString(1, zaak);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
