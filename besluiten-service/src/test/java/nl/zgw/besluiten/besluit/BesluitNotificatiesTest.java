package nl.zgw.besluiten.besluit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.besluiten.CatalogiStub;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static nl.zgw.besluiten.BesluitenApi.as;
import static nl.zgw.besluiten.BesluitenApi.besluit;
import static nl.zgw.besluiten.BesluitenApi.create;
import static nl.zgw.besluiten.BesluitenApi.outbox;
import static nl.zgw.besluiten.BesluitenApi.path;
import static org.assertj.core.api.Assertions.assertThat;

/** Every change of a besluit is written to the outbox for kanaal besluiten, in the transaction of the change. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
class BesluitNotificatiesTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyChangeIsAnnouncedOnKanaalBesluiten() throws Exception {
        Map<String, Object> body = besluit("a");
        String url = create("behandelaar", body);
        body.put("toelichting", "Bijgewerkt");
        as("behandelaar").body(body).put(path(url)).then().statusCode(200);
        as("behandelaar").body(Map.of("bestuursorgaan", "Burgemeester")).patch(path(url)).then().statusCode(200);
        as("behandelaar").delete(path(url)).then().statusCode(204);

        List<String> messages = outbox(dataSource, url);
        assertThat(messages).hasSize(4);
        assertThat(messages.get(0)).contains("\"kanaal\":\"besluiten\"", "\"hoofdObject\":\"" + url + "\"",
                "\"resource\":\"besluit\"", "\"resourceUrl\":\"" + url + "\"", "\"actie\":\"create\"",
                "\"verantwoordelijkeOrganisatie\":\"" + body.get("verantwoordelijkeOrganisatie") + "\"",
                "\"besluittype\":\"" + CatalogiStub.besluittype("a") + "\"");
        assertThat(messages.get(1)).contains("\"actie\":\"update\"");
        assertThat(messages.get(2)).contains("\"actie\":\"partial_update\"");
        assertThat(messages.get(3)).contains("\"actie\":\"destroy\"", "\"verantwoordelijkeOrganisatie\"");
    }

    @Test
    void aRefusedChangeAnnouncesNothing() throws Exception {
        String url = create("behandelaar", besluit("a"));
        as("behandelaar").body(Map.of("identificatie", "ANDERS")).patch(path(url)).then().statusCode(400);
        assertThat(outbox(dataSource, url)).hasSize(1);
    }
}
