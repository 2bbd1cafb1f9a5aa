package nl.zgw.catalogi.type;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.resultaattype;
import static nl.zgw.catalogi.CatalogiFixtures.roltype;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.publish;
import static nl.zgw.catalogi.CatalogiFixtures.statustype;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktype;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The operator's option {@code catalogi.publiceren.volledig-zaaktype}: publishing a zaaktype then
 * also needs two statustypen, a roltype and a resultaattype ({@code concept-relation}).
 */
@QuarkusTest
@TestProfile(VolledigZaaktypePublicerenTest.Volledig.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class VolledigZaaktypePublicerenTest {

    public static class Volledig implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogi.publiceren.volledig-zaaktype", "true");
        }
    }

    @Test
    void publishingNeedsStatustypenRoltypenAndResultaattypen() {
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        statustype(zaaktype, 1);
        publish(zaaktype).statusCode(400)
                .body("invalidParams.name", hasItem("statustypen"))
                .body("invalidParams.name", hasItem("roltypen"))
                .body("invalidParams.name", hasItem("resultaattypen"))
                .body("invalidParams.code", hasItem("concept-relation"));
        beheerder().get(path(zaaktype)).then().body("concept", equalTo(true));
        statustype(zaaktype, 2);
        roltype(zaaktype);
        resultaattype(zaaktype);
        publish(zaaktype).statusCode(200).body("concept", equalTo(false));
    }
}
