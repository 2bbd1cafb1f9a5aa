package nl.zgw.besluiten.besluit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.besluiten.AndereApisStub;
import nl.zgw.besluiten.AndereApisStub.Storing;
import nl.zgw.besluiten.CatalogiStub;
import nl.zgw.shared.spiegeling.Herstel;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.besluiten.BesluitenApi.BESLUITEN;
import static nl.zgw.besluiten.BesluitenApi.as;
import static nl.zgw.besluiten.BesluitenApi.besluit;
import static nl.zgw.besluiten.BesluitenApi.create;
import static nl.zgw.besluiten.BesluitenApi.outbox;
import static nl.zgw.besluiten.BesluitenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

/**
 * A besluit with a zaak (brc-006, brc-007, ADR 0016): the zaak must exist and its zaaktype allow the
 * besluittype; the zaakbesluit is made in the Zaken API before the besluit is announced; a refusal
 * or an outage leaves no besluit; deleting the besluit removes the zaakbesluit.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(AndereApisStub.class)
class BesluitMetZaakTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Herstel herstel;

    @AfterEach
    void geenStoring() {
        AndereApisStub.storing(Storing.GEEN);
    }

    @Test
    void theZaakbesluitIsMadeAndRemoved() throws Exception {
        String zaak = AndereApisStub.zaak("za");
        Map<String, Object> body = besluit("a");
        body.put("zaak", zaak);
        String besluit = create("behandelaar", body);
        assertThat(AndereApisStub.zaakbesluiten(zaak)).containsExactly(besluit);
        assertThat(outbox(dataSource, besluit)).hasSize(1);
        as("behandelaar").delete(path(besluit)).then().statusCode(204);
        herstel.ronde();
        assertThat(AndereApisStub.zaakbesluiten(zaak)).isEmpty();
    }

    @Test
    void theZaakExistsAndItsZaaktypeAllowsTheBesluittype() {
        Map<String, Object> body = besluit("a");
        body.put("zaak", AndereApisStub.zaak("za").replaceAll("[0-9a-f-]{36}$", java.util.UUID.randomUUID().toString()));
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "zaak", "bad-url");
        String zb = AndereApisStub.zaak("zb");
        body.put("zaak", zb);
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "nonFieldErrors", "zaaktype-mismatch");
        assertThat(AndereApisStub.zaakbesluiten(zb)).isEmpty();
    }

    @Test
    void theBesluittypeIsCheckedFirstAndTheZaakIsStoredCanonically() {
        Map<String, Object> body = besluit("a");
        String zaak = AndereApisStub.zaak("za");
        body.put("zaak", zaak);
        body.put("besluittype", "geen url");
        assertValidatieFout(as("alles").body(body).post(BESLUITEN).then(), "besluittype", "invalid");
        body.put("besluittype", "https://elders.example/catalogi/api/v1/besluittypen/a"); // never called with our token
        assertValidatieFout(as("alles").body(body).post(BESLUITEN).then(), "besluittype", "bad-url");
        body.put("besluittype", CatalogiStub.besluittype("a"));
        body.put("zaak", zaak + "?x=1");
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "zaak", "bad-url");
        String hoofdletters = zaak.substring(0, zaak.lastIndexOf('/') + 1) + zaak.substring(zaak.lastIndexOf('/') + 1)
                .toUpperCase();
        body.put("zaak", hoofdletters);
        as("behandelaar").body(body).post(BESLUITEN).then().statusCode(201).body("zaak", org.hamcrest.Matchers.equalTo(zaak));
    }

    @Test
    void aClosedZaakGetsABesluitOnlyWithGeforceerdBijwerken() {
        String gesloten = AndereApisStub.geslotenZaak("za");
        Map<String, Object> body = besluit("a");
        body.put("zaak", gesloten);
        assertFout(as("behandelaar").body(body).post(BESLUITEN).then(), 403, "permission_denied");
        assertThat(AndereApisStub.zaakbesluiten(gesloten)).isEmpty();
        String besluit = create("alles", body);
        assertThat(AndereApisStub.zaakbesluiten(gesloten)).containsExactly(besluit);
    }

    @Test
    void aRefusalOrAnOutageLeavesNoBesluit() throws Exception {
        String zaak = AndereApisStub.zaak("za");
        Map<String, Object> body = besluit("a");
        body.put("zaak", zaak);
        long meldingen = meldingen();
        body.put("identificatie", "B-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        AndereApisStub.storing(Storing.WEIGEREN);
        assertValidatieFout(as("behandelaar").body(body).post(BESLUITEN).then(), "zaak", "inconsistent-relation");
        AndereApisStub.storing(Storing.GEEN_VERBINDING);
        assertFout(as("behandelaar").body(body).post(BESLUITEN).then(), 503, "upstream_error");
        // made in the Zaken API, its answer lost: the besluit goes and so does the zaakbesluit
        AndereApisStub.storing(Storing.FOUT_NA_OPSLAAN);
        assertFout(as("behandelaar").body(body).post(BESLUITEN).then(), 503, "upstream_error");
        AndereApisStub.storing(Storing.GEEN);
        as("alles").queryParam("zaak", zaak).get(BESLUITEN).then().statusCode(200).body("results", empty());
        assertThat(AndereApisStub.zaakbesluiten(zaak)).hasSize(1); // its removal failed as well ...
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE spiegeling SET volgende = now() - interval '1 second'");
        }
        herstel.ronde(); // ... and is repaired
        assertThat(AndereApisStub.zaakbesluiten(zaak)).isEmpty();
        assertThat(meldingen()).as("nothing announced").isEqualTo(meldingen);
        // the besluit withdrawn, its identificatie is free: the same besluit can be sent again
        String besluit = create("behandelaar", body);
        assertThat(AndereApisStub.zaakbesluiten(zaak)).containsExactly(besluit);
    }

    private long meldingen() throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM notificatie_outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
