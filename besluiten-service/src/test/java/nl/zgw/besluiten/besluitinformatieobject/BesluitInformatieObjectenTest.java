package nl.zgw.besluiten.besluitinformatieobject;

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

import java.util.List;
import java.util.Map;

import static nl.zgw.besluiten.BesluitenApi.as;
import static nl.zgw.besluiten.BesluitenApi.besluit;
import static nl.zgw.besluiten.BesluitenApi.create;
import static nl.zgw.besluiten.BesluitenApi.outbox;
import static nl.zgw.besluiten.BesluitenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Besluitinformatieobjecten: brc-003 (the document exists), brc-008 (its type is one of the
 * besluittype's), a pair once, the objectinformatieobject made in the Documenten API before the
 * relation is announced (brc-005), nothing left after a refusal or an outage, the mirror removed on
 * delete and with the besluit (brc-009); read with the besluit's besluittype.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(AndereApisStub.class)
class BesluitInformatieObjectenTest {

    private static final String BIO = "/besluiten/api/v1/besluitinformatieobjecten";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Herstel herstel;

    @AfterEach
    void geenStoring() {
        AndereApisStub.storing(Storing.GEEN);
    }

    @Test
    void aDocumentIsLaidDownAndMirrored() throws Exception {
        String besluit = create("behandelaar", besluit("a"));
        String document = AndereApisStub.document("brief");
        String bio = as("behandelaar").body(Map.of("besluit", besluit, "informatieobject", document)).post(BIO)
                .then().statusCode(201).body("besluit", equalTo(besluit)).body("informatieobject", equalTo(document))
                .extract().path("url");
        assertThat(AndereApisStub.relaties(besluit)).containsExactly(document);
        as("lezer").get(path(bio)).then().statusCode(200);
        as("lezer").queryParam("besluit", besluit).get(BIO).then().body("url", contains(bio));
        as("lezer").queryParam("informatieobject", document).get(BIO).then().body("url", contains(bio));
        as("nobody").queryParam("besluit", besluit).get(BIO).then().statusCode(403);
        List<String> messages = outbox(dataSource, besluit);
        assertThat(messages.get(messages.size() - 1)).contains("\"resource\":\"besluitinformatieobject\"", bio);

        assertValidatieFout(as("behandelaar").body(Map.of("besluit", besluit, "informatieobject", document)).post(BIO)
                .then(), "nonFieldErrors", "unique");
        as("behandelaar").delete(path(bio)).then().statusCode(204);
        assertThat(AndereApisStub.relaties(besluit)).isEmpty();
        assertFout(as("lezer").get(path(bio)).then(), 404, "not_found");
        assertFout(as("behandelaar").delete(path(bio)).then(), 404, "not_found");
    }

    @Test
    void theDocumentExistsAndItsTypeIsOneOfTheBesluittypes() {
        String besluit = create("behandelaar", besluit("a"));
        String onbekend = AndereApisStub.document("brief").replaceAll("[0-9a-f-]{36}$", java.util.UUID.randomUUID().toString());
        assertValidatieFout(as("behandelaar").body(Map.of("besluit", besluit, "informatieobject", onbekend)).post(BIO)
                .then(), "informatieobject", "bad-url");
        assertValidatieFout(as("behandelaar").body(Map.of("besluit", besluit, "informatieobject",
                        AndereApisStub.document("memo"))).post(BIO).then(), "nonFieldErrors",
                "missing-besluittype-informatieobjecttype-relation");
        assertValidatieFout(as("behandelaar").body(Map.of("besluit", besluit + "x", "informatieobject",
                AndereApisStub.document("brief"))).post(BIO).then(), "besluit", "bad-url");
        assertFout(as("lezer").body(Map.of("besluit", besluit, "informatieobject", AndereApisStub.document("brief")))
                .post(BIO).then(), 403, "permission_denied");
        assertThat(AndereApisStub.relaties(besluit)).isEmpty();
    }

    @Test
    void aRefusalOrAnOutageLeavesNothing() throws Exception {
        String besluit = create("behandelaar", besluit("a"));
        String document = AndereApisStub.document("brief");
        Map<String, Object> body = Map.of("besluit", besluit, "informatieobject", document);
        AndereApisStub.storing(Storing.WEIGEREN);
        assertValidatieFout(as("behandelaar").body(body).post(BIO).then(), "informatieobject", "inconsistent-relation");
        AndereApisStub.storing(Storing.GEEN_VERBINDING);
        assertFout(as("behandelaar").body(body).post(BIO).then(), 503, "upstream_error");
        AndereApisStub.storing(Storing.FOUT_NA_OPSLAAN);
        assertFout(as("behandelaar").body(body).post(BIO).then(), 503, "upstream_error");
        AndereApisStub.storing(Storing.GEEN);
        as("alles").queryParam("besluit", besluit).get(BIO).then().body("$", empty());
        assertThat(outbox(dataSource, besluit)).noneMatch(m -> m.contains("besluitinformatieobject"));
        // the mirror the lost answer made: linked again, the old removal is done first and a new one made
        assertThat(AndereApisStub.relaties(besluit)).containsExactly(document);
        as("behandelaar").body(body).post(BIO).then().statusCode(201);
        assertThat(AndereApisStub.relaties(besluit)).containsExactly(document);
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM spiegeling WHERE bron = '" + besluit + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the old removal was done before the new creation").isZero();
        }
    }

    @Test
    void deletingTheBesluitRemovesItsDocumentsMirrors() {
        String besluit = create("behandelaar", besluit("a"));
        for (int i = 0; i < 2; i++) {
            as("behandelaar").body(Map.of("besluit", besluit, "informatieobject", AndereApisStub.document("brief")))
                    .post(BIO).then().statusCode(201);
        }
        assertThat(AndereApisStub.relaties(besluit)).hasSize(2);
        as("behandelaar").delete(path(besluit)).then().statusCode(204);
        as("alles").queryParam("besluit", besluit).get(BIO).then().body("$", empty());
        herstel.ronde();
        assertThat(AndereApisStub.relaties(besluit)).isEmpty();
    }
}
