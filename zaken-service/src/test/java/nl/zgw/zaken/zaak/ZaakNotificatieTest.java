package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.outbox;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every change of a zaak is announced on kanaal zaken (through the outbox). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakNotificatieTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyChangeIsAnnouncedOnKanaalZaken() throws Exception {
        String bron = rsin();
        String url = create("behandelaar", zaak("a", bron));
        as("behandelaar").body(Map.of("omschrijving", "Gewijzigd")).patch(path(url)).then().statusCode(200)
                .body("omschrijving", equalTo("Gewijzigd"));
        as("behandelaar").delete(path(url)).then().statusCode(204);
        List<String> messages = outbox(dataSource, url);
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).contains("\"kanaal\":\"zaken\"", "\"actie\":\"create\"", "\"bronorganisatie\":\"" + bron
                + "\"", "\"vertrouwelijkheidaanduiding\":\"openbaar\"", "\"zaaktype\":\"" + CatalogiStub.zaaktype("a") + "\"");
        assertThat(messages.get(1)).contains("\"actie\":\"partial_update\"");
        assertThat(messages.get(2)).contains("\"actie\":\"destroy\"");
        // what waits in the outbox is what an operator sees (sending is off in these tests)
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("(?m)^zgw_outbox_pending [1-9]")
                .containsPattern("(?m)^zgw_outbox_parked 0")
                .containsPattern("(?m)^zgw_outbox_oldest_pending_seconds [0-9]");
    }
}
