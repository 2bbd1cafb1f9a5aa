package nl.zgw.catalogi.type;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.as;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;

/**
 * Reading what is not there, or without the scope: detail (GET and HEAD) and list of every
 * collection. A HEAD answer has no body, so only its status can carry the problem.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class TypeOpvragenTest {

    @ParameterizedTest
    @ValueSource(strings = {"catalogussen", "zaaktypen", "statustypen", "resultaattypen", "roltypen", "eigenschappen",
            "informatieobjecttypen", "besluittypen", "zaakobjecttypen", "zaaktype-informatieobjecttypen"})
    void anUnknownUuidIsNotFound(String collection) {
        String url = API + "/" + collection + "/" + UUID.randomUUID();
        assertFout(beheerder().get(url).then(), 404, "not_found");
        beheerder().head(url).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogussen", "zaaktypen", "statustypen", "resultaattypen", "roltypen", "eigenschappen",
            "informatieobjecttypen", "besluittypen", "zaakobjecttypen", "zaaktype-informatieobjecttypen"})
    void withoutAReadScopeNothingIsRead(String collection) {
        String url = API + "/" + collection + "/" + UUID.randomUUID();
        assertFout(as("nobody").get(API + "/" + collection).then(), 403, "permission_denied");
        assertFout(as("nobody").get(url).then(), 403, "permission_denied");
        as("nobody").head(url).then().statusCode(403);
    }

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource({
            "zaaktypen, status=soms, status, invalid_choice",
            "statustypen, status=soms, status, invalid_choice",
            "resultaattypen, status=soms, status, invalid_choice",
            "roltypen, status=soms, status, invalid_choice",
            "eigenschappen, status=soms, status, invalid_choice",
            "informatieobjecttypen, status=soms, status, invalid_choice",
            "besluittypen, status=soms, status, invalid_choice",
            "zaaktype-informatieobjecttypen, status=soms, status, invalid_choice",
            "zaakobjecttypen, datumGeldigheid=morgen, datumGeldigheid, invalid",
            "statustypen, datumGeldigheid=morgen, datumGeldigheid, invalid",
            "resultaattypen, zaaktype=geen-url, zaaktype, invalid",
            "eigenschappen, zaaktype=geen-url, zaaktype, invalid",
            "informatieobjecttypen, catalogus=geen-url, catalogus, invalid",
            "besluittypen, catalogus=geen-url, catalogus, invalid"})
    void anInvalidFilterValueNamesTheParameter(String collection, String query, String parameter, String code) {
        assertValidatieFout(beheerder().get(API + "/" + collection + "?" + query).then(), parameter, code);
    }
}
