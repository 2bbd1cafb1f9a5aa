package nl.zgw.catalogi.type;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.as;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.type;
import static nl.zgw.catalogi.CatalogiFixtures.typeBody;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.equalTo;

/**
 * Changing a type (PUT and PATCH) the wrong way: one that does not exist, a field that breaks its
 * rule, a zaaktype that does not exist, a client without a write scope. The published cases
 * (non-concept-object, non-concept-zaaktype) are in {@link GepubliceerdeTypenTest} and
 * {@link ZaakTypeLevenscyclusTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class TypeBijwerkenTest {

    @ParameterizedTest
    @ValueSource(strings = {"zaaktypen", "statustypen", "resultaattypen", "roltypen", "eigenschappen",
            "informatieobjecttypen", "besluittypen", "zaakobjecttypen", "zaaktype-informatieobjecttypen"})
    void anUnknownUuidIsNotFound(String collection) {
        String url = API + "/" + collection + "/" + UUID.randomUUID();
        assertFout(beheerder().body(typeBody(collection, catalogus())).put(url).then(), 404, "not_found");
        assertFout(beheerder().body(Map.of("toelichting", "Bijgewerkt")).patch(url).then(), 404, "not_found");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "zaaktypen | {\"vertrouwelijkheidaanduiding\": \"heel geheim\"} | vertrouwelijkheidaanduiding | invalid_choice",
            "informatieobjecttypen | {\"vertrouwelijkheidaanduiding\": \"heel geheim\"} | vertrouwelijkheidaanduiding | invalid_choice",
            "besluittypen | {\"reactietermijn\": \"twee weken\"} | reactietermijn | invalid",
            "statustypen | {\"volgnummer\": 0} | volgnummer | min_value",
            "resultaattypen | {\"archiefnominatie\": \"soms\"} | archiefnominatie | invalid_choice",
            "roltypen | {\"omschrijvingGeneriek\": \"koning\"} | omschrijvingGeneriek | invalid_choice",
            "eigenschappen | {\"naam\": \"een naam van meer dan twintig tekens\"} | naam | max_length",
            "zaakobjecttypen | {\"relatieOmschrijving\": \"\"} | relatieOmschrijving | blank",
            "zaaktype-informatieobjecttypen | {\"richting\": \"schuin\"} | richting | invalid_choice"})
    void aPatchThatBreaksAFieldsRuleNamesTheField(String collection, String patch, String field, String code) {
        String url = type(collection, typeBody(collection, catalogus()));
        assertValidatieFout(beheerder().body(patch).patch(path(url)).then(), field, code);
    }

    /** The zaaktype a type belongs to is looked up on every change; one that is not there is a 400. */
    @ParameterizedTest
    @ValueSource(strings = {"statustypen", "resultaattypen", "roltypen", "eigenschappen", "zaakobjecttypen",
            "zaaktype-informatieobjecttypen"})
    void aPutNamingAZaaktypeThatDoesNotExistIsRefused(String collection) {
        Map<String, Object> body = typeBody(collection, catalogus());
        String url = type(collection, body);
        String zaaktype = (String) body.get("zaaktype");
        body.put("zaaktype", zaaktype.substring(0, zaaktype.lastIndexOf('/') + 1) + UUID.randomUUID());
        assertValidatieFout(beheerder().body(body).put(path(url)).then(), "zaaktype", "does_not_exist");
        beheerder().get(path(url)).then().statusCode(200).body("zaaktype", equalTo(zaaktype));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zaaktypen", "statustypen", "resultaattypen", "roltypen", "eigenschappen",
            "informatieobjecttypen", "besluittypen", "zaakobjecttypen", "zaaktype-informatieobjecttypen"})
    void withoutAWriteScopeNothingChanges(String collection) {
        Map<String, Object> body = typeBody(collection, catalogus());
        String url = type(collection, body);
        assertFout(as("lezer").body(body).put(path(url)).then(), 403, "permission_denied");
        assertFout(as("lezer").body(Map.of("toelichting", "Bijgewerkt")).patch(path(url)).then(), 403,
                "permission_denied");
    }
}
