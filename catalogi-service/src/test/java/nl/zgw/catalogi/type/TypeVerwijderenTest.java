package nl.zgw.catalogi.type;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.as;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.type;
import static nl.zgw.catalogi.CatalogiFixtures.typeBody;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;

/**
 * Deleting a type the wrong way: one that does not exist (or no longer), a client without a
 * delete scope. Deleting what is published is in {@link GepubliceerdeTypenTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class TypeVerwijderenTest {

    @ParameterizedTest
    @ValueSource(strings = {"zaaktypen", "statustypen", "resultaattypen", "roltypen", "eigenschappen",
            "informatieobjecttypen", "besluittypen", "zaakobjecttypen", "zaaktype-informatieobjecttypen"})
    void whatIsNotThereIsNotFound(String collection) {
        assertFout(beheerder().delete(API + "/" + collection + "/" + UUID.randomUUID()).then(), 404, "not_found");
        String url = type(collection, typeBody(collection, catalogus()));
        beheerder().delete(path(url)).then().statusCode(204);
        assertFout(beheerder().delete(path(url)).then(), 404, "not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zaaktypen", "statustypen", "resultaattypen", "roltypen", "eigenschappen",
            "informatieobjecttypen", "besluittypen", "zaakobjecttypen", "zaaktype-informatieobjecttypen"})
    void withoutADeleteScopeNothingIsDeleted(String collection) {
        String url = type(collection, typeBody(collection, catalogus()));
        assertFout(as("lezer").delete(path(url)).then(), 403, "permission_denied");
        beheerder().get(path(url)).then().statusCode(200);
    }
}
