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
import static org.hamcrest.Matchers.equalTo;

/**
 * Publishing the wrong way: what does not exist, or without catalogi.schrijven. What publishing
 * needs (concept-relation, overlap) is in {@link ZaakTypeLevenscyclusTest}, {@link VersiesTest}
 * and {@link GepubliceerdeTypenTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class TypePublicerenTest {

    @ParameterizedTest
    @ValueSource(strings = {"zaaktypen", "informatieobjecttypen", "besluittypen"})
    void anUnknownUuidIsNotFound(String collection) {
        assertFout(beheerder().post(API + "/" + collection + "/" + UUID.randomUUID() + "/publish").then(), 404,
                "not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zaaktypen", "informatieobjecttypen", "besluittypen"})
    void onlyAWriterPublishes(String collection) {
        String url = type(collection, typeBody(collection, catalogus()));
        assertFout(as("lezer").post(path(url) + "/publish").then(), 403, "permission_denied");
        // a reader of zaken may read zaaktypen (ztc-014), not publish them
        assertFout(as("zaken-lezer").post(path(url) + "/publish").then(), 403, "permission_denied");
        beheerder().get(path(url)).then().body("concept", equalTo(true));
    }
}
