package nl.zgw.besluiten.besluit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.besluiten.AndereApisStub;
import nl.zgw.besluiten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.besluiten.BesluitenApi.BESLUITEN;
import static nl.zgw.besluiten.BesluitenApi.as;
import static nl.zgw.besluiten.BesluitenApi.besluit;
import static nl.zgw.besluiten.BesluitenApi.create;
import static nl.zgw.besluiten.BesluitenApi.path;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/**
 * {@code expand} on besluiten and besluitinformatieobjecten: the besluittype only for a client that
 * may read the Catalogi API, zaken and documents asked of their own API with the client's own token
 * (one {@code _zoek} per page); {@code {}} for what the client may not read; 404 for a field that cannot be expanded; 503 when the other API is down.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(AndereApisStub.class)
class BesluitUitbreidingTest {

    private static final String BIO = "/besluiten/api/v1/besluitinformatieobjecten";

    @BeforeEach
    @AfterEach
    void schoon() {
        AndereApisStub.zoekenOnbereikbaar(false);
        AndereApisStub.zoekenFout(false);
        AndereApisStub.zoekopdrachten();
    }

    private static String besluitMetZaak(String zaak) {
        Map<String, Object> body = besluit("a");
        body.put("zaak", zaak);
        return create("alles", body);
    }

    @Test
    void aBesluitExpandsItsBesluittypeAndItsZaakAsTheClientReadsThem() {
        String zaak = AndereApisStub.zaak("za");
        String besluit = besluitMetZaak(zaak);
        AndereApisStub.zoekopdrachten();

        as("alles").queryParam("expand", "besluittype,zaak").get(path(besluit)).then().statusCode(200)
                .body("url", equalTo(besluit))
                .body("_expand.besluittype.url", equalTo(CatalogiStub.besluittype("a")))
                .body("_expand.besluittype.omschrijving", equalTo("Type a"))
                .body("_expand.zaak.url", equalTo(zaak));
        // asked of the Zaken API with the client's own token, not the service's
        assertThat(AndereApisStub.zoekopdrachten()).containsExactly("zaken alles - 1");

        // a client that may read the Catalogi API but not the Zaken API: the type, and {} for the zaak
        as("catalogus-lezer").queryParam("expand", "besluittype,zaak").get(path(besluit)).then().statusCode(200)
                .body("_expand.besluittype.url", equalTo(CatalogiStub.besluittype("a")))
                .body("_expand.zaak", anEmptyMap());
        assertThat(AndereApisStub.zoekopdrachten()).containsExactly("zaken catalogus-lezer - 1");

        // one that may read neither: {} for both
        as("behandelaar").queryParam("expand", "besluittype,zaak").get(path(besluit)).then().statusCode(200)
                .body("_expand.besluittype", anEmptyMap())
                .body("_expand.zaak", anEmptyMap());

        // without expand: no _expand at all
        as("alles").get(path(besluit)).then().statusCode(200).body("$", not(hasKey("_expand")));
    }

    @Test
    void aListAsksTheZakenApiOnceAndPassesTheRestOfThePath() {
        String zaak1 = AndereApisStub.zaak("za");
        String zaak2 = AndereApisStub.zaak("za");
        Map<String, Object> zonder = besluit("a");
        String organisatie = (String) zonder.get("verantwoordelijkeOrganisatie");
        create("alles", zonder);
        for (String zaak : List.of(zaak1, zaak2, zaak1)) {
            Map<String, Object> body = besluit("a");
            body.put("verantwoordelijkeOrganisatie", organisatie);
            body.put("zaak", zaak);
            create("alles", body);
        }
        AndereApisStub.zoekopdrachten();

        as("alles").queryParam("verantwoordelijkeOrganisatie", organisatie).queryParam("expand", "zaak.status,zaak")
                .get(BESLUITEN).then().statusCode(200)
                .body("results", hasSize(4))
                .body("results[0]._expand.zaak", anEmptyMap()) // no zaak
                .body("results[1]._expand.zaak.url", equalTo(zaak1))
                .body("results[2]._expand.zaak.url", equalTo(zaak2))
                .body("results[3]._expand.zaak.url", equalTo(zaak1));
        // one _zoek for the two zaken, with the rest of the path for the Zaken API
        assertThat(AndereApisStub.zoekopdrachten()).containsExactly("zaken alles status 2");
    }

    @Test
    void aBesluitinformatieobjectExpandsItsDocumentAndItsBesluit() {
        String zaak = AndereApisStub.zaak("za");
        String besluit = besluitMetZaak(zaak);
        String document = AndereApisStub.document("brief");
        String bio = as("alles").body(Map.of("besluit", besluit, "informatieobject", document)).post(BIO)
                .then().statusCode(201).extract().path("url");
        AndereApisStub.zoekopdrachten();

        as("alles").queryParam("expand", "informatieobject,besluit.zaak,besluit.besluittype").get(path(bio))
                .then().statusCode(200)
                .body("_expand.informatieobject.url", equalTo(document))
                .body("_expand.besluit.url", equalTo(besluit))
                .body("_expand.besluit._expand.zaak.url", equalTo(zaak))
                .body("_expand.besluit._expand.besluittype.url", equalTo(CatalogiStub.besluittype("a")));
        assertThat(AndereApisStub.zoekopdrachten()).containsExactlyInAnyOrder("documenten alles - 1", "zaken alles - 1");

        as("alles").queryParam("besluit", besluit).queryParam("expand", "besluit").get(BIO).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0]._expand.besluit.url", equalTo(besluit))
                .body("[0]._expand", not(hasKey("informatieobject")));

        // a client that may read the besluit but not the Documenten API sees {} for the document
        as("lezer").queryParam("expand", "informatieobject,besluit").get(path(bio)).then().statusCode(200)
                .body("_expand.informatieobject", anEmptyMap())
                .body("_expand.besluit.url", equalTo(besluit));
    }

    @Test
    void aFieldThatCannotBeExpandedIsA404AndTooDeepA400() {
        String besluit = create("alles", besluit("a"));
        assertFout(as("alles").queryParam("expand", "verantwoordelijkeOrganisatie").get(path(besluit)).then(), 404, "not_found");
        assertFout(as("alles").queryParam("expand", "besluittype.catalogus").get(path(besluit)).then(), 404, "not_found");
        assertFout(as("alles").queryParam("expand", "zaak").get(BIO).then(), 404, "not_found");
        assertFout(as("alles").queryParam("expand", "besluit.informatieobject").get(BIO).then(), 404, "not_found");
        assertValidatieFout(as("alles").queryParam("expand", "zaak.a.b.c.d").get(BESLUITEN).then(), "expand", "invalid");
        assertThat(AndereApisStub.zoekopdrachten()).isEmpty();
    }

    @Test
    void anOtherApiThatIsDownIsA503NotAnEmptyObject() {
        String besluit = besluitMetZaak(AndereApisStub.zaak("za"));
        AndereApisStub.zoekenOnbereikbaar(true);
        assertFout(as("alles").queryParam("expand", "zaak").get(path(besluit)).then(), 503, "upstream_error");
        AndereApisStub.zoekenOnbereikbaar(false);
        AndereApisStub.zoekenFout(true); // answers, but fails
        assertFout(as("alles").queryParam("expand", "zaak").get(path(besluit)).then(), 503, "upstream_error");
        // what does not need the Zaken API still works
        as("alles").queryParam("expand", "besluittype").get(path(besluit)).then().statusCode(200)
                .body("_expand.besluittype.url", equalTo(CatalogiStub.besluittype("a")));
    }
}
